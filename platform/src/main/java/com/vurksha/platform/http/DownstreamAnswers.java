package com.vurksha.platform.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

import com.vurksha.platform.error.CommonErrorCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads what a downstream answer means for resilience: its {@code Retry-After} and whether a 409 is retryable. */
final class DownstreamAnswers {

	/** A conflict's error envelope is small; anything larger is not ours and is not inspected. */
	private static final int MAX_INSPECTED_BODY = 16 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DownstreamAnswers() {
	}

	/** {@code Retry-After} as seconds or as an HTTP date; absent, unreadable or past: {@code null}. */
	static Duration retryAfter(HttpHeaders headers, Clock clock) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			long seconds = Long.parseLong(value.trim());
			return (seconds > 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException notSeconds) {
			return untilDate(value.trim(), clock);
		}
	}

	private static Duration untilDate(String value, Clock clock) {
		try {
			Duration until = Duration.between(clock.instant(),
					ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
			return until.isNegative() || until.isZero() ? null : until.withNanos(0).plusSeconds(1);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * A 409 answer with its body read into memory, so it can be inspected here and still be read by the caller.
	 */
	static Buffered buffer(ClientHttpResponse response) throws IOException {
		InputStream body = response.getBody();
		return new Buffered(response, body.readNBytes(MAX_INSPECTED_BODY + 1), body);
	}

	/** A response whose body has been read; closing it closes the original. */
	static final class Buffered implements ClientHttpResponse {

		private final ClientHttpResponse original;

		private final byte[] body;

		private final InputStream rest;

		private Buffered(ClientHttpResponse original, byte[] body, InputStream rest) {
			this.original = original;
			this.body = body;
			this.rest = rest;
		}

		/** Whether the other service says the same idempotency key is still being processed. */
		boolean isIdempotencyKeyInProgress() {
			if (body.length > MAX_INSPECTED_BODY) {
				return false;
			}
			try {
				return CommonErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS.code()
					.equals(JSON.readTree(body).at("/error/code").asString(""));
			}
			catch (JacksonException ex) {
				return false;
			}
		}

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return original.getStatusCode();
		}

		@Override
		public String getStatusText() throws IOException {
			return original.getStatusText();
		}

		@Override
		public HttpHeaders getHeaders() {
			return original.getHeaders();
		}

		@Override
		public InputStream getBody() {
			return new SequenceInputStream(new ByteArrayInputStream(body), rest);
		}

		@Override
		public void close() {
			original.close();
		}
	}
}
