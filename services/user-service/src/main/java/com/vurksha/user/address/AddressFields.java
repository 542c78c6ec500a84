package com.vurksha.user.address;

/** The editable fields of an address, after defaults and changes are applied. */
record AddressFields(String label, String line1, String line2, String landmark, String city, String state,
		String pincode, Double latitude, Double longitude) {
}
