package com.vurksha.platform.error;

/**
 * One entry of the error-code catalogue: an UPPER_SNAKE code, the HTTP status it answers with and whether the
 * client may retry the same request. The platform's codes are in {@link CommonErrorCode}; each service adds an
 * enum of its own business codes. All of them are listed in {@code docs/error-codes.md}.
 */
public interface ErrorCode {

	/** The constant's name; every catalogue is an enum, whose constants are named in UPPER_SNAKE. */
	String name();

	default String code() {
		return name();
	}

	int status();

	boolean retryable();
}
