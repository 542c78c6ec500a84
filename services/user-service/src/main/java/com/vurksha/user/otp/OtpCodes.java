package com.vurksha.user.otp;

import java.security.SecureRandom;

/** Makes six-digit codes from a cryptographic random source; leading zeros are kept. */
public final class OtpCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private OtpCodes() {
	}

	public static String next() {
		return String.format("%06d", RANDOM.nextInt(1_000_000));
	}
}
