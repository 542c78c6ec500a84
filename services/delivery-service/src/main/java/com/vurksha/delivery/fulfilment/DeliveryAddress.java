package com.vurksha.delivery.fulfilment;

/** The delivery address as the order had it when it was packed; later edits of the customer's address book do not move it. */
public record DeliveryAddress(String label, String line1, String line2, String landmark, String city, String state,
		String pincode, Double latitude, Double longitude) {
}
