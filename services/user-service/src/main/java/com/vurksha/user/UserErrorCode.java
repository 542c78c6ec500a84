package com.vurksha.user;

import com.vurksha.platform.error.ErrorCode;

/** Business error codes of the user service; each is listed in {@code docs/error-codes.md}. */
public enum UserErrorCode implements ErrorCode {

	INVALID_PHONE(400, false),
	OTP_NOT_FOUND(401, false),
	OTP_INVALID(401, false),
	OTP_EXPIRED(401, false),
	OTP_LOCKED(401, false),
	SMS_UNAVAILABLE(503, true),
	REFRESH_TOKEN_INVALID(401, false),
	REFRESH_TOKEN_EXPIRED(401, false),
	REFRESH_TOKEN_REUSED(401, false),
	REFRESH_TOKEN_REVOKED(401, false),
	USER_NOT_FOUND(404, false),
	ADDRESS_NOT_FOUND(404, false),
	ADDRESS_LIMIT_REACHED(409, false);

	private final int status;

	private final boolean retryable;

	UserErrorCode(int status, boolean retryable) {
		this.status = status;
		this.retryable = retryable;
	}

	@Override
	public int status() {
		return status;
	}

	@Override
	public boolean retryable() {
		return retryable;
	}
}
