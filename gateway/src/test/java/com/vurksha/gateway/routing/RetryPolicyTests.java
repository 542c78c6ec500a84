package com.vurksha.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

class RetryPolicyTests {

	/** The whole table: method, whether an idempotency key came with it, how the first attempt failed. */
	@ParameterizedTest(name = "{0} key={1} {2} -> {3}")
	@CsvSource({
			// nothing reached the instance: any call may go to another one
			"GET, false, NOT_CONNECTED, true", "POST, false, NOT_CONNECTED, true", "PATCH, false, NOT_CONNECTED, true",
			"POST, true, NOT_CONNECTED, true",
			// the instance may have acted: only calls that are safe to repeat
			"GET, false, BROKE_AFTER_SENDING, true", "HEAD, false, BROKE_AFTER_SENDING, true",
			"OPTIONS, false, BROKE_AFTER_SENDING, true", "PUT, false, BROKE_AFTER_SENDING, true",
			"DELETE, false, BROKE_AFTER_SENDING, true", "POST, true, BROKE_AFTER_SENDING, true",
			"PATCH, true, BROKE_AFTER_SENDING, true", "POST, false, BROKE_AFTER_SENDING, false",
			"PATCH, false, BROKE_AFTER_SENDING, false",
			// a 502, or a 503 without Retry-After, from a dying or draining instance: the same
			"GET, false, UNAVAILABLE_ANSWER, true", "PUT, false, UNAVAILABLE_ANSWER, true",
			"POST, true, UNAVAILABLE_ANSWER, true", "POST, false, UNAVAILABLE_ANSWER, false",
			// an answer to pass on is never retried
			"GET, false, NONE, false", "POST, true, NONE, false" })
	void decidesWhetherACallGoesToAnotherInstance(String method, boolean withKey, Failure failure, boolean retried) {
		HttpHeaders headers = new HttpHeaders();
		if (withKey) {
			headers.set("X-Idempotency-Key", "checkout-1");
		}

		assertThat(RetryPolicy.allowsRetry(HttpMethod.valueOf(method), headers, failure)).isEqualTo(retried);
	}

	@Test
	void doesNotTakeABlankIdempotencyKeyForOne() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Idempotency-Key", " ");

		assertThat(RetryPolicy.allowsRetry(HttpMethod.POST, headers, Failure.BROKE_AFTER_SENDING)).isFalse();
	}

	@Nested
	class ClassifiesFailures {

		@Test
		void refusedOrTimedOutConnectionsReachedNothing() {
			assertThat(Failure.of(new ConnectException("Connection refused"))).isEqualTo(Failure.NOT_CONNECTED);
			assertThat(Failure.of(new IOException("wrapped", new ConnectException()))).isEqualTo(Failure.NOT_CONNECTED);
			assertThat(Failure.of(new HttpConnectTimeoutException("connect timed out")))
				.isEqualTo(Failure.NOT_CONNECTED);
		}

		@Test
		void resetsEndsOfStreamAndReadTimeoutsCameAfterSending() {
			assertThat(Failure.of(new SocketException("Connection reset"))).isEqualTo(Failure.BROKE_AFTER_SENDING);
			assertThat(Failure.of(new EOFException("EOF reached while reading")))
				.isEqualTo(Failure.BROKE_AFTER_SENDING);
			assertThat(Failure.of(new HttpTimeoutException("request timed out")))
				.isEqualTo(Failure.BROKE_AFTER_SENDING);
		}

		@Test
		void badGatewayAndUnavailableWithoutRetryAfterAreTheInstancesFailure() {
			assertThat(Failure.of(HttpStatus.BAD_GATEWAY, new HttpHeaders())).isEqualTo(Failure.UNAVAILABLE_ANSWER);
			assertThat(Failure.of(HttpStatus.SERVICE_UNAVAILABLE, new HttpHeaders()))
				.isEqualTo(Failure.UNAVAILABLE_ANSWER);
		}

		@Test
		void unavailableWithRetryAfterIsTheServicesOwnAnswer() {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, "1");

			assertThat(Failure.of(HttpStatus.SERVICE_UNAVAILABLE, headers)).isEqualTo(Failure.NONE);
			assertThat(Failure.of(HttpStatus.INTERNAL_SERVER_ERROR, new HttpHeaders())).isEqualTo(Failure.NONE);
			assertThat(Failure.of(HttpStatus.OK, new HttpHeaders())).isEqualTo(Failure.NONE);
		}
	}
}
