package com.vurksha.delivery.events;

/** The order was confirmed: the place no longer expires. */
public record SlotBookingConfirmed(String bookingId, String slotId) implements SlotBookingEvent {

	public static final String TYPE = "delivery.slot-booking.confirmed";

	@Override
	public String type() {
		return TYPE;
	}
}
