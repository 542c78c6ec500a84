package com.vurksha.platform.error;

import java.time.Duration;
import java.util.List;

import com.vurksha.platform.api.Meta;

/** The error envelope: {@code {"success":false,"error":{…},"meta":{…}}}. */
public record ErrorBody(boolean success, ApiError error, Meta meta) {

	public static ErrorBody of(ErrorCode code, String message, Duration retryAfter, List<FieldViolation> details) {
		Long seconds = (retryAfter != null) ? Math.max(1, retryAfter.toSeconds()) : null;
		return new ErrorBody(false, new ApiError(code.code(), message, code.retryable(), seconds, details), Meta.now());
	}
}
