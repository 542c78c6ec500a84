package com.vurksha.order.order;

import java.time.Instant;

/** One line of an order's timeline: when, what, who and why. */
public record TimelineEntry(Instant at, String type, String actor, String note) {
}
