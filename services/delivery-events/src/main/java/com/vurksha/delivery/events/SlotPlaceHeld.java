package com.vurksha.delivery.events;

import java.time.Instant;

/** A place was held for an order until {@code heldUntil}. */
public record SlotPlaceHeld(String bookingId, String slotId, String pincode, Instant heldUntil)
		implements SlotBookingEvent {

	public static final String TYPE = "delivery.slot-booking.held";

	@Override
	public String type() {
		return TYPE;
	}
}
