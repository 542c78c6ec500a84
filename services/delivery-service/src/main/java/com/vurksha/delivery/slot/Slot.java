package com.vurksha.delivery.slot;

import java.time.Instant;
import java.time.LocalDate;

/** A generated delivery slot of a zone with its bookings so far. */
public record Slot(String id, String zoneId, LocalDate date, Instant startsAt, Instant endsAt, int capacity, int booked,
		int cutoffMinutes) {

	public int remaining() {
		return SlotCapacity.remaining(capacity, booked);
	}

	public boolean isOpen(Instant now) {
		return BookingCutoff.isOpen(startsAt, cutoffMinutes, now);
	}

	public boolean isBookable(Instant now) {
		return isOpen(now) && SlotCapacity.hasRoom(capacity, booked);
	}
}
