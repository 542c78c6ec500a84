package com.vurksha.delivery.assignment;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import com.vurksha.delivery.rider.Rider;

/**
 * The assignment rule: among riders who can take the delivery now (active, bound to an account, on shift, below
 * capacity), the least loaded first; among equals, the one idle longest (never assigned counts as longest), then by
 * id so the order is stable. The whole ranking is answered, because the first choice may fill up in a race.
 */
final class RiderChoice {

	private static final Comparator<Rider> PREFERENCE = Comparator.comparingInt(Rider::openCount)
		.thenComparing(Rider::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
		.thenComparing(Rider::id);

	private RiderChoice() {
	}

	static List<Rider> rank(List<Rider> riders, LocalTime now) {
		return riders.stream().filter(rider -> canTakeMore(rider, now)).sorted(PREFERENCE).toList();
	}

	private static boolean canTakeMore(Rider rider, LocalTime now) {
		return rider.active() && rider.userId() != null && rider.hasRoom() && rider.onShift(now);
	}
}
