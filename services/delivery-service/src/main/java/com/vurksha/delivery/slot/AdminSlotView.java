package com.vurksha.delivery.slot;

import java.time.Instant;
import java.time.LocalDate;

/** A slot as operators see it: with its bookings so far and when booking closes. */
public record AdminSlotView(String id, LocalDate date, Instant start, Instant end, int capacity, int booked,
		int remaining, Instant bookingClosesAt) {

	static AdminSlotView of(Slot slot) {
		return new AdminSlotView(slot.id(), slot.date(), slot.startsAt(), slot.endsAt(), slot.capacity(), slot.booked(),
				slot.remaining(), BookingCutoff.closesAt(slot.startsAt(), slot.cutoffMinutes()));
	}
}
