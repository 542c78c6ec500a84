package com.vurksha.delivery.slot;

import java.time.Duration;
import java.time.Instant;

/** A slot takes bookings until its cutoff: that many minutes before it starts, the hub starts packing. */
public final class BookingCutoff {

	private BookingCutoff() {
	}

	public static Instant closesAt(Instant startsAt, int cutoffMinutes) {
		return startsAt.minus(Duration.ofMinutes(cutoffMinutes));
	}

	/** Open strictly before the cutoff instant, as the booking update's {@code starts_at - cutoff > now} reads. */
	public static boolean isOpen(Instant startsAt, int cutoffMinutes, Instant now) {
		return now.isBefore(closesAt(startsAt, cutoffMinutes));
	}
}
