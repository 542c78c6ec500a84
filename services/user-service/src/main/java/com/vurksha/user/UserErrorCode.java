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
	ADDRESS_LIMIT_REACHED(409, false),
	/** Token endpoint (RFC 6749 section 5.2 names): unknown client, wrong secret, or no credentials. */
	INVALID_CLIENT(401, false),
	/** Token endpoint: a grant other than {@code client_credentials}. */
	UNSUPPORTED_GRANT_TYPE(400, false),
	/** Token endpoint: an audience or scope the client was not granted. */
	INVALID_SCOPE(400, false);

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
