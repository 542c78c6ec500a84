package com.vurksha.delivery.zone;

import java.util.regex.Pattern;

import com.vurksha.delivery.BadInput;

/** The shape of an Indian postal code: six digits, the first not zero. */
public final class Pincodes {

	private static final Pattern PINCODE = Pattern.compile("[1-9][0-9]{5}");

	private Pincodes() {
	}

	public static boolean isValid(String pincode) {
		return pincode != null && PINCODE.matcher(pincode).matches();
	}

	/** Returns the pincode when it is well formed; a 400 naming {@code field} otherwise. */
	public static String require(String field, String pincode) {
		if (!isValid(pincode)) {
			throw BadInput.field(field, "must be 6 digits, the first not 0");
		}
		return pincode;
	}
}
