package com.vurksha.gateway.routing;

import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import com.vurksha.platform.idempotency.IdempotencyKeys;

/**
 * Whether a call that failed on one instance may be sent once more to another. A call that never reached its
 * instance may, whatever its method. A call that may have reached it may only when sending it twice does no harm:
 * GET, HEAD, OPTIONS, PUT and DELETE by their HTTP meaning, and a POST or PATCH that carries an
 * {@code X-Idempotency-Key}, which the services run at most once per key (a second attempt while the first still runs
 * is answered with a retryable 409, one after it with the first one's answer).
 */
final class RetryPolicy {

	private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.PUT, HttpMethod.DELETE);

	private RetryPolicy() {
	}

	static boolean allowsRetry(HttpMethod method, HttpHeaders headers, Failure failure) {
		return switch (failure) {
			case NONE -> false;
			case NOT_CONNECTED -> true;
			case BROKE_AFTER_SENDING, UNAVAILABLE_ANSWER -> safeToRepeat(method, headers);
		};
	}

	static boolean safeToRepeat(HttpMethod method, HttpHeaders headers) {
		if (IDEMPOTENT.contains(method)) {
			return true;
		}
		String key = headers.getFirst(IdempotencyKeys.HEADER);
		return (HttpMethod.POST.equals(method) || HttpMethod.PATCH.equals(method)) && key != null && !key.isBlank();
	}
}
