package com.vurksha.platform.events;

import java.time.Duration;

/**
 * Exponential backoff: the initial delay after the first failure, doubled per further failure, never more than
 * the cap, so a broker outage of hours costs one attempt per row per cap interval.
 */
public record Backoff(Duration initial, Duration max) {

	public Backoff {
		if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
			throw new IllegalArgumentException("Backoff needs 0 < initial <= max, got " + initial + " and " + max);
		}
	}

	/** The delay before the next attempt once {@code failures} attempts (at least 1) have failed. */
	public Duration delayAfter(int failures) {
		int doublings = Math.max(0, failures - 1);
		if (doublings >= 62 || initial.toMillis() > (max.toMillis() >> doublings)) {
			return max;
		}
		Duration delay = initial.multipliedBy(1L << doublings);
		return (delay.compareTo(max) > 0) ? max : delay;
	}
}
