package com.vurksha.order.order;

import java.time.Instant;

/** The booked delivery slot of an order. */
public record DeliverySlot(String id, Instant start, Instant end, String zoneId) {
}
