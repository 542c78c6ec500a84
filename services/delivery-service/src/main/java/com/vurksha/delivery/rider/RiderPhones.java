package com.vurksha.delivery.rider;

import java.util.regex.Pattern;

import com.vurksha.delivery.BadInput;

/**
 * Rider phones are stored exactly as the user service spells them (E.164, +91 and ten digits starting 6-9), so a
 * registration event and an operator's entry meet on the same string.
 */
final class RiderPhones {

	private static final Pattern E164_INDIA = Pattern.compile("\\+91[6-9][0-9]{9}");

	private RiderPhones() {
	}

	static String require(String phone) {
		if (phone == null || !E164_INDIA.matcher(phone).matches()) {
			throw BadInput.field("phone", "must be an Indian mobile number in E.164 form, e.g. +919876543210");
		}
		return phone;
	}
}
