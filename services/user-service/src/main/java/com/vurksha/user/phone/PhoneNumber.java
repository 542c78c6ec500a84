package com.vurksha.user.phone;

/** A valid mobile number in E.164 form, such as {@code +919876543210}. */
public record PhoneNumber(String e164) {

	/** The number without the plus sign, as SMS gateways expect it. */
	public String digits() {
		return e164.substring(1);
	}

	/** The number with all but the last four digits hidden, for logs. */
	public String masked() {
		return e164.substring(0, 3) + "*".repeat(e164.length() - 7) + e164.substring(e164.length() - 4);
	}

	@Override
	public String toString() {
		return masked();
	}
}
