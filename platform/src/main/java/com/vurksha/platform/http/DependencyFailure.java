package com.vurksha.platform.http;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

/**
 * A failure of the other service (no connection, no answer in time, a 5xx, or a refusal it asks us to retry:
 * 429, or 409 for an idempotency key still in flight). Retried when the call is repeatable.
 */
final class DependencyFailure extends RuntimeException {

	static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

	private final int status;

	private final Duration retryAfter;

	private DependencyFailure(int status, Duration retryAfter, IOException cause) {
		super((cause != null) ? cause.toString() : "HTTP " + status, cause, false, false);
		this.status = status;
		this.retryAfter = retryAfter;
	}

	static DependencyFailure of(IOException cause) {
		return new DependencyFailure(0, null, cause);
	}

	/** An answer that means "not now"; {@code retryAfter} is the service's own hint, when it gave one. */
	static DependencyFailure answered(int status, Duration retryAfter) {
		return new DependencyFailure(status, retryAfter, null);
	}

	/** The service's own {@code Retry-After}, if it sent one. */
	Duration retryAfter() {
		return retryAfter;
	}

	/** A connection that could not be made is an unavailable service; an answer that did not come, a timeout. */
	boolean isTimeout() {
		Throwable cause = getCause();
		if (cause instanceof HttpConnectTimeoutException) {
			return false;
		}
		return status == 504 || cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException;
	}

	ApiException toApiException(String name) {
		Duration wait = (retryAfter != null) ? retryAfter : DEFAULT_RETRY_AFTER;
		if (isTimeout()) {
			return new ApiException(CommonErrorCode.DEPENDENCY_TIMEOUT,
					"The " + name + " service did not answer in time", this).withRetryAfter(wait);
		}
		return new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE, "The " + name + " service is unavailable", this)
			.withRetryAfter(wait);
	}
}
