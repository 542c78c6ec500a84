package com.vurksha.delivery.rider;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Fields an operator may change on a rider; those left null keep their value. The phone never changes. */
public record RiderChanges(@Size(min = 1, max = 100) String name, String zoneId, LocalTime shiftStart,
		LocalTime shiftEnd, @Min(1) @Max(20) Integer capacity, Boolean active, @Size(min = 1, max = 64) String userId) {

	Rider applyTo(Rider rider) {
		return new Rider(rider.id(), rider.phone(), or(userId, rider.userId()), or(name, rider.name()),
				or(zoneId, rider.zoneId()), or(shiftStart, rider.shiftStart()), or(shiftEnd, rider.shiftEnd()),
				or(capacity, rider.capacity()), or(active, rider.active()), rider.openCount(), rider.lastAssignedAt(),
				rider.createdAt());
	}

	private static <T> T or(T value, T fallback) {
		return (value != null) ? value : fallback;
	}
}
