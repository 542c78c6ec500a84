package com.vurksha.delivery.rider;

import java.time.Instant;
import java.time.LocalTime;

/**
 * A rider as the operator set them up. {@code userId} is null until the user service registers the rider's phone
 * (or an operator names the user), and an unbound rider is never given deliveries.
 *
 * @param shiftStart wall-clock start of the daily shift in Asia/Kolkata
 * @param shiftEnd wall-clock end of the daily shift, after the start
 * @param openCount deliveries the rider holds between assignment and their end
 */
public record Rider(String id, String phone, String userId, String name, String zoneId, LocalTime shiftStart,
		LocalTime shiftEnd, int capacity, boolean active, int openCount, Instant lastAssignedAt, Instant createdAt) {

	/** What customers are told: the first word of the name, never the phone. */
	public String firstName() {
		String trimmed = name.strip();
		int space = trimmed.indexOf(' ');
		return (space < 0) ? trimmed : trimmed.substring(0, space);
	}

	/** Whether the local time falls inside the shift, both ends included. */
	public boolean onShift(LocalTime now) {
		return !now.isBefore(shiftStart) && !now.isAfter(shiftEnd);
	}

	public boolean hasRoom() {
		return openCount < capacity;
	}
}
