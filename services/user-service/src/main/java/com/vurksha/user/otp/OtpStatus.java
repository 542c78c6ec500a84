package com.vurksha.user.otp;

/** Where a challenge stands: waiting for its code, used to sign in, or locked by too many wrong codes. */
public enum OtpStatus {
	PENDING, VERIFIED, LOCKED
}
