package com.vurksha.delivery.events;

/** The place went back to the slot: order cancelled, compensation or an expired hold. */
public record SlotPlaceReleased(String bookingId, String slotId, String reason) implements SlotBookingEvent {

	public static final String TYPE = "delivery.slot-booking.released";

	@Override
	public String type() {
		return TYPE;
	}
}
