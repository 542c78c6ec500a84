package com.vurksha.platform.idempotency;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

/** The {@code X-Idempotency-Key} header and what we accept in it. */
public final class IdempotencyKeys {

	public static final String HEADER = "X-Idempotency-Key";

	public static final int MAX_LENGTH = 255;

	private IdempotencyKeys() {
	}

	/**
	 * Returns the key when it is usable, so a controller can take the header as an optional {@code String} and
	 * answer a missing or unusable one with {@code 400 IDEMPOTENCY_KEY_REQUIRED} instead of a generic error.
	 */
	public static String require(String headerValue) {
		if (headerValue == null || headerValue.isBlank()) {
			throw new ApiException(CommonErrorCode.IDEMPOTENCY_KEY_REQUIRED,
					"This request needs an " + HEADER + " header so that it can be retried safely");
		}
		if (headerValue.length() > MAX_LENGTH) {
			throw new ApiException(CommonErrorCode.IDEMPOTENCY_KEY_REQUIRED,
					HEADER + " must be at most " + MAX_LENGTH + " characters");
		}
		if (!headerValue.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
			throw new ApiException(CommonErrorCode.IDEMPOTENCY_KEY_REQUIRED,
					HEADER + " must be printable ASCII without spaces");
		}
		return headerValue;
	}
}
