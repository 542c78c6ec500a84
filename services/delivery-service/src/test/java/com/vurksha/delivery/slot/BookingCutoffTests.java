package com.vurksha.delivery.slot;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BookingCutoffTests {

	private static final Instant SEVEN_AM_IST = Instant.parse("2026-11-26T01:30:00Z");

	@Test
	void closesTheCutoffBeforeTheStart() {
		assertThat(BookingCutoff.closesAt(SEVEN_AM_IST, 120)).isEqualTo(Instant.parse("2026-11-25T23:30:00Z"));
	}

	@Test
	void takesBookingsUntilJustBeforeTheCutoff() {
		assertThat(BookingCutoff.isOpen(SEVEN_AM_IST, 120, Instant.parse("2026-11-25T23:29:59Z"))).isTrue();
	}

	@Test
	void refusesBookingsFromTheCutoffOn() {
		assertThat(BookingCutoff.isOpen(SEVEN_AM_IST, 120, Instant.parse("2026-11-25T23:30:00Z"))).isFalse();
		assertThat(BookingCutoff.isOpen(SEVEN_AM_IST, 120, SEVEN_AM_IST)).isFalse();
	}

	@Test
	void withoutACutoffClosesAtTheStart() {
		assertThat(BookingCutoff.isOpen(SEVEN_AM_IST, 0, SEVEN_AM_IST.minusSeconds(1))).isTrue();
		assertThat(BookingCutoff.isOpen(SEVEN_AM_IST, 0, SEVEN_AM_IST)).isFalse();
	}

	@Test
	void aSlotIsBookableOnlyWhileOpenAndWithRoom() {
		Slot slot = new Slot("s", "z", LocalDate.of(2026, 11, 26), SEVEN_AM_IST, SEVEN_AM_IST.plusSeconds(7200), 2, 1,
				60);
		Instant before = SEVEN_AM_IST.minusSeconds(7200);

		assertThat(slot.isBookable(before)).isTrue();
		assertThat(slot.isBookable(SEVEN_AM_IST.minusSeconds(60))).isFalse();
		assertThat(new Slot("s", "z", slot.date(), slot.startsAt(), slot.endsAt(), 2, 2, 60).isBookable(before))
			.isFalse();
	}
}
