package com.vurksha.delivery.booking;

import java.time.Instant;

/** What happened to a slot booking; each names its event type on the wire. */
final class SlotBookingEvents {

	static final String AGGREGATE = "slot-booking";

	private SlotBookingEvents() {
	}

	/** A place was held for an order until {@code heldUntil}. */
	record SlotPlaceHeld(String bookingId, String slotId, String pincode, Instant heldUntil) implements Event {

		@Override
		public String type() {
			return "delivery.slot-booking.held";
		}
	}

	/** The order was confirmed: the place no longer expires. */
	record SlotBookingConfirmed(String bookingId, String slotId) implements Event {

		@Override
		public String type() {
			return "delivery.slot-booking.confirmed";
		}
	}

	/** The place went back to the slot: order cancelled, compensation or an expired hold. */
	record SlotPlaceReleased(String bookingId, String slotId, String reason) implements Event {

		@Override
		public String type() {
			return "delivery.slot-booking.released";
		}
	}

	sealed interface Event permits SlotPlaceHeld, SlotBookingConfirmed, SlotPlaceReleased {

		String bookingId();

		String type();
	}
}
