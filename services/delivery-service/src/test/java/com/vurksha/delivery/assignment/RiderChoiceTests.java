package com.vurksha.delivery.assignment;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vurksha.delivery.rider.Rider;

import static org.assertj.core.api.Assertions.assertThat;

class RiderChoiceTests {

	private static final LocalTime NOON = LocalTime.NOON;

	private static final Instant EARLY = Instant.parse("2026-11-25T03:00:00Z");

	private static final Instant LATE = Instant.parse("2026-11-25T05:00:00Z");

	private static Rider rider(String id, int open, Instant lastAssigned) {
		return new Rider(id, "+919000000300", "user-" + id, "Rider " + id, "zone-1",
				LocalTime.of(8, 0), LocalTime.of(20, 0), 3, true, open, lastAssigned, EARLY);
	}

	@Test
	void prefersTheLeastLoadedRider() {
		List<Rider> ranked = RiderChoice.rank(List.of(rider("a", 2, EARLY), rider("b", 0, LATE), rider("c", 1, null)),
				NOON);

		assertThat(ranked).extracting(Rider::id).containsExactly("b", "c", "a");
	}

	@Test
	void anAllDayShiftCoversTheLastMinuteOfTheDay() {
		Rider allDay = new Rider("all-day", "+919000000301", "user-all-day", "A", "zone-1", LocalTime.MIDNIGHT,
				LocalTime.of(23, 59, 59, 999_999_000), 3, true, 0, null, EARLY);

		assertThat(RiderChoice.rank(List.of(allDay), LocalTime.of(23, 59, 30))).extracting(Rider::id)
			.containsExactly("all-day");
	}

	@Test
	void breaksTiesByLongestIdleThenById() {
		List<Rider> ranked = RiderChoice.rank(
				List.of(rider("d", 1, LATE), rider("c", 1, EARLY), rider("b", 1, null), rider("a", 1, EARLY)), NOON);

		assertThat(ranked).extracting(Rider::id).containsExactly("b", "a", "c", "d");
	}

	@Test
	void leavesOutRidersWhoCannotTakeMore() {
		Rider full = rider("full", 3, null);
		Rider inactive = new Rider("inactive", "+919000000201", "user-i", "I", "zone-1", LocalTime.of(8, 0),
				LocalTime.of(20, 0), 3, false, 0, null, EARLY);
		Rider unbound = new Rider("unbound", "+919000000202", null, "U", "zone-1", LocalTime.of(8, 0),
				LocalTime.of(20, 0), 3, true, 0, null, EARLY);
		Rider offShift = new Rider("night", "+919000000203", "user-n", "N", "zone-1", LocalTime.of(20, 0),
				LocalTime.of(23, 0), 3, true, 0, null, EARLY);

		assertThat(RiderChoice.rank(List.of(full, inactive, unbound, offShift, rider("ok", 2, LATE)), NOON))
			.extracting(Rider::id)
			.containsExactly("ok");
	}

	@Test
	void countsBothEndsOfTheShift() {
		Rider rider = rider("a", 0, null);

		assertThat(RiderChoice.rank(List.of(rider), LocalTime.of(8, 0))).hasSize(1);
		assertThat(RiderChoice.rank(List.of(rider), LocalTime.of(20, 0))).hasSize(1);
		assertThat(RiderChoice.rank(List.of(rider), LocalTime.of(20, 0, 1))).isEmpty();
		assertThat(RiderChoice.rank(List.of(rider), LocalTime.of(7, 59, 59))).isEmpty();
	}
}
