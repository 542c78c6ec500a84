package com.vurksha.delivery.events;

/** One of a slot booking's events; {@link #type()} is its routing key. */
public sealed interface SlotBookingEvent permits SlotPlaceHeld, SlotBookingConfirmed, SlotPlaceReleased {

	String bookingId();

	String type();
}
