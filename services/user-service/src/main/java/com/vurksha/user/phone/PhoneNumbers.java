package com.vurksha.user.phone;

import java.util.List;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.FieldViolation;
import com.vurksha.user.UserErrorCode;

/**
 * Reads a phone number as a customer types it ({@code 9876543210}, {@code 09876543210}, {@code +91 98765 43210},
 * {@code 919876543210}) and accepts it only when it is a valid Indian mobile number, because the code goes by SMS.
 */
public final class PhoneNumbers {

	private static final String REGION = "IN";

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/** The E.164 form of {@code raw}, or a 400 {@code INVALID_PHONE} naming the field. */
	public static PhoneNumber normalise(String raw) {
		return tryNormalise(raw).orElseThrow(() -> new ApiException(UserErrorCode.INVALID_PHONE,
				"Enter a valid Indian mobile number")
			.withDetails(List.of(new FieldViolation("phone", "must be a valid Indian mobile number"))));
	}

	public static Optional<PhoneNumber> tryNormalise(String raw) {
		if (raw == null || raw.isBlank() || raw.length() > 32) {
			return Optional.empty();
		}
		try {
			Phonenumber.PhoneNumber parsed = UTIL.parse(withCountryCodeIfMissing(raw.strip()), REGION);
			if (!UTIL.isValidNumberForRegion(parsed, REGION) || !isMobile(parsed)) {
				return Optional.empty();
			}
			return Optional.of(new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164)));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A twelve-digit number starting with 91 is a mobile number written with its country code but without the plus
	 * sign; libphonenumber would otherwise read it as a national number and reject it.
	 */
	private static String withCountryCodeIfMissing(String raw) {
		String digits = raw.replaceAll("[\\s\\-()]", "");
		if (digits.matches("91[6-9]\\d{9}")) {
			return "+" + digits;
		}
		return raw;
	}

	private static boolean isMobile(Phonenumber.PhoneNumber number) {
		PhoneNumberType type = UTIL.getNumberType(number);
		return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
	}
}
