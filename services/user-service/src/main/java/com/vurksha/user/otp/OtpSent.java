package com.vurksha.user.otp;

/** The answer to a code request: how long the code lives and when another may be asked for. */
public record OtpSent(long expiresInSeconds, long resendAfterSeconds) {
}
