package com.vurksha.platform.error;

import java.time.Duration;
import java.util.List;

/**
 * A failure the client should see as it is: thrown anywhere in request handling, it is answered with the
 * error envelope carrying its code, message, details and retry hint.
 */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	private final List<FieldViolation> details;

	private final Duration retryAfter;

	public ApiException(ErrorCode code, String message) {
		this(code, message, List.of(), null, null);
	}

	public ApiException(ErrorCode code, String message, Throwable cause) {
		this(code, message, List.of(), null, cause);
	}

	private ApiException(ErrorCode code, String message, List<FieldViolation> details, Duration retryAfter,
			Throwable cause) {
		super(message, cause);
		this.code = code;
		this.details = List.copyOf(details);
		this.retryAfter = retryAfter;
	}

	public ApiException withDetails(List<FieldViolation> details) {
		return new ApiException(code, getMessage(), details, retryAfter, getCause());
	}

	public ApiException withRetryAfter(Duration retryAfter) {
		return new ApiException(code, getMessage(), details, retryAfter, getCause());
	}

	public ErrorCode code() {
		return code;
	}

	public List<FieldViolation> details() {
		return details;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
