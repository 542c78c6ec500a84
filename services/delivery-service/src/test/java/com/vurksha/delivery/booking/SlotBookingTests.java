package com.vurksha.delivery.booking;

import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.vurksha.delivery.events.SlotBookingConfirmed;
import com.vurksha.delivery.events.SlotPlaceReleased;
import com.vurksha.platform.error.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SlotBookingTests {

	private static SlotBooking heldBooking() {
		return SlotBooking.hold("order-1", "slot-1", "560001", Instant.parse("2026-11-25T10:15:00Z"));
	}

	@Test
	void confirmingAHoldRaisesConfirmedAndStopsItExpiring() {
		SlotBooking booking = heldBooking();

		assertThat(booking.confirm()).contains(new SlotBookingConfirmed("order-1", "slot-1"));
		assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(booking.heldUntil()).isNull();
	}

	@Test
	void confirmingTwiceRaisesNothingTheSecondTime() {
		SlotBooking booking = heldBooking();
		booking.confirm();

		assertThat(booking.confirm()).isEmpty();
		assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
	}

	@Test
	void releasingRaisesReleasedWithTheReasonOnce() {
		SlotBooking booking = heldBooking();

		assertThat(booking.release("HOLD_EXPIRED")).contains(new SlotPlaceReleased("order-1", "slot-1", "HOLD_EXPIRED"));
		assertThat(booking.release("ORDER_CANCELLED")).isEmpty();
		assertThat(booking.releaseReason()).isEqualTo("HOLD_EXPIRED");
	}

	@Test
	void aConfirmedBookingCanStillBeReleasedWhenItsOrderIsCancelled() {
		SlotBooking booking = heldBooking();
		booking.confirm();

		assertThat(booking.release("ORDER_CANCELLED")).isPresent();
		assertThat(booking.status()).isEqualTo(BookingStatus.RELEASED);
	}

	@Test
	void aRepeatNamesTheSameSlot() {
		assertThat(heldBooking().isRepeatOf("slot-1")).isTrue();
		assertThat(heldBooking().isRepeatOf("slot-2")).isFalse();
	}

	@Nested
	class Refuses {

		@Test
		void toConfirmAReleasedBookingNamingItsState() {
			SlotBooking booking = heldBooking();
			booking.release("HOLD_EXPIRED");

			ApiException refused = catchThrowableOfType(ApiException.class, booking::confirm);

			assertThat(refused.code().code()).isEqualTo("BOOKING_RELEASED");
			assertThat(refused.getMessage()).contains("RELEASED");
			assertThat(booking.status()).isEqualTo(BookingStatus.RELEASED);
		}
	}
}
