package com.vurksha.user.address;

import java.time.Instant;

/** An address as the app shows it. */
record AddressView(String id, String label, String line1, String line2, String landmark, String city, String state,
		String pincode, Double latitude, Double longitude, boolean isDefault, Instant createdAt, Instant updatedAt) {

	static AddressView of(Address address) {
		return new AddressView(address.id(), address.label(), address.line1(), address.line2(), address.landmark(),
				address.city(), address.state(), address.pincode(), address.latitude(), address.longitude(),
				address.isDefault(), address.createdAt(), address.updatedAt());
	}
}
