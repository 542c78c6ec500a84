package com.vurksha.platform.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.vurksha.platform.request.RequestIds;

/**
 * Metadata carried by every envelope, success or error.
 *
 * @param requestId the request's {@code X-Request-Id}, so the app can quote it to support
 * @param timestamp when the answer was produced, ISO-8601 UTC
 * @param version the version of the API contract that produced the answer
 */
public record Meta(String requestId, String timestamp, String version) {

	/** Version of the public API contract served under {@code /api/v1}. */
	public static final String API_VERSION = "1.0.0";

	public static Meta now() {
		return new Meta(RequestIds.current(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), API_VERSION);
	}
}
