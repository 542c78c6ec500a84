package com.vurksha.platform.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code error} object of the error envelope.
 *
 * @param retryAfter seconds the client should wait before retrying, or {@code null}
 * @param details per-field problems, present only for input errors
 */
public record ApiError(String code, String message, boolean retryable, Long retryAfter,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldViolation> details) {
}
