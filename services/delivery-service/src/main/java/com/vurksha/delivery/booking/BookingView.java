package com.vurksha.delivery.booking;

import java.time.Instant;

import com.vurksha.delivery.slot.Slot;
import com.vurksha.delivery.zone.Zone;

/**
 * A booking with its slot's window and its zone's fees, which the order service prices with. The slot and zone
 * fields are null for a release of a booking that was never made.
 */
public record BookingView(String bookingId, String slotId, Instant start, Instant end, String zoneId,
		Long deliveryFee, Long freeDeliveryThreshold, Long minimumOrderValue, String currency, BookingStatus status,
		Instant heldUntil) {

	static BookingView of(SlotBooking booking, Slot slot, Zone zone) {
		return new BookingView(booking.bookingId(), slot.id(), slot.startsAt(), slot.endsAt(), zone.id(),
				zone.deliveryFee(), zone.freeDeliveryThreshold(), zone.minimumOrderValue(), zone.currency(),
				booking.status(), booking.heldUntil());
	}

	static BookingView withoutSlot(SlotBooking booking) {
		return new BookingView(booking.bookingId(), null, null, null, null, null, null, null, null, booking.status(),
				null);
	}
}
