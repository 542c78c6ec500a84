package com.vurksha.delivery.slot;

import java.time.Instant;
import java.time.LocalDate;

/** A slot the calendar says should exist: one template on one calendar day. */
record PlannedSlot(String templateId, String zoneId, LocalDate date, Instant startsAt, Instant endsAt, int capacity,
		int cutoffMinutes) {
}
