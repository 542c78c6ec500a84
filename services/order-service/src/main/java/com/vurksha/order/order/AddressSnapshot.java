package com.vurksha.order.order;

/** The delivery address as it was when the order was placed. */
public record AddressSnapshot(String label, String line1, String line2, String landmark, String city, String state,
		String pincode, Double latitude, Double longitude) {
}
