package com.vurksha.delivery.slot;

/** A slot's capacity rule: places left are capacity minus bookings, never below zero. */
public final class SlotCapacity {

	private SlotCapacity() {
	}

	public static int remaining(int capacity, int booked) {
		return Math.max(0, capacity - booked);
	}

	public static boolean hasRoom(int capacity, int booked) {
		return remaining(capacity, booked) > 0;
	}
}
