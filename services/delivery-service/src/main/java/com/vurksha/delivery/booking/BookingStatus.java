package com.vurksha.delivery.booking;

/** HELD while the order awaits confirmation, CONFIRMED once it is, RELEASED when its place went back to the slot. */
public enum BookingStatus {
	HELD, CONFIRMED, RELEASED
}
