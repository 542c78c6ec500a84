package com.vurksha.user.address;

import java.time.Instant;

/** A stored delivery address; coordinates are optional and come as a pair. */
public record Address(String id, String userId, String label, String line1, String line2, String landmark,
		String city, String state, String pincode, Double latitude, Double longitude, boolean isDefault,
		Instant createdAt, Instant updatedAt) {
}
