package com.vurksha.user.otp;

/**
 * What checking a code found.
 *
 * @param challenge the challenge as it must be stored after the check
 * @param remainingAttempts wrong codes still allowed before the challenge locks
 */
public record OtpCheck(Result result, OtpChallenge challenge, int remainingAttempts) {

	public enum Result {
		VERIFIED, WRONG_CODE, LOCKED, EXPIRED, ALREADY_USED
	}

}
