package com.vurksha.delivery.slot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlotCapacityTests {

	@Test
	void leavesCapacityMinusBookings() {
		assertThat(SlotCapacity.remaining(10, 3)).isEqualTo(7);
		assertThat(SlotCapacity.hasRoom(10, 3)).isTrue();
	}

	@Test
	void hasNoRoomOnceEveryPlaceIsBooked() {
		assertThat(SlotCapacity.remaining(5, 5)).isZero();
		assertThat(SlotCapacity.hasRoom(5, 5)).isFalse();
	}

	@Test
	void neverShowsNegativePlacesWhenCapacityWasCutBelowBookings() {
		assertThat(SlotCapacity.remaining(4, 6)).isZero();
		assertThat(SlotCapacity.hasRoom(4, 6)).isFalse();
	}
}
