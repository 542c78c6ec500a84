package com.vurksha.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** A thin HTTP/1.1 client for one base address that times every call into a recorder. */
final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	/** How long a call may take before it counts as unanswered; longer than any timeout of the system. */
	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

	/** The longest Retry-After a client honours; a longer one is waited for this long. */
	private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

	private final URI base;

	private final LatencyRecorder recorder;

	private final int retriesWhenShed;

	Api(URI base, LatencyRecorder recorder) {
		this(base, recorder, 0);
	}

	private Api(URI base, LatencyRecorder recorder, int retriesWhenShed) {
		this.base = base;
		this.recorder = recorder;
		this.retriesWhenShed = retriesWhenShed;
	}

	/** The same address, recording into another recorder. */
	Api recordingInto(LatencyRecorder other) {
		return new Api(base, other, retriesWhenShed);
	}

	/**
	 * The same address, sending a call that was shed (429, or 503 with {@code Retry-After}) again after the advised
	 * wait, up to {@code retries} times, as the app does (docs/app-integration.md). Every attempt is recorded.
	 */
	Api honouringRetryAfter(int retries) {
		return new Api(base, recorder, retries);
	}

	/**
	 * Answer of one call: status 0 means the call failed before an HTTP answer. The body is parsed only when read,
	 * so calls whose answer nobody reads cost the load generator no parsing.
	 */
	record Answer(int status, byte[] raw) {

		boolean ok() {
			return status >= 200 && status < 300;
		}

		/** The JSON body, or a missing node when there was none or it was not JSON. */
		JsonNode body() {
			JsonNode parsed = parse(raw);
			return (parsed == null) ? MissingNode.getInstance() : parsed;
		}

		String errorCode() {
			return body().at("/error/code").asString("");
		}
	}

	Answer get(String call, String path, String token) {
		return send(call, request(path, token).GET().build());
	}

	Answer post(String call, String path, String token, String json, String... headers) {
		HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json");
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return send(call, builder.POST(HttpRequest.BodyPublishers.ofString(json)).build());
	}

	Answer put(String call, String path, String token, String json) {
		return send(call, request(path, token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	Answer delete(String call, String path, String token) {
		return send(call, request(path, token).DELETE().build());
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(CALL_TIMEOUT);
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private Answer send(String call, HttpRequest request) {
		Attempt attempt = attempt(call, request);
		for (int retry = 0; retry < retriesWhenShed && attempt.retryAfter() != null; retry++) {
			try {
				Thread.sleep(attempt.retryAfter().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			attempt = attempt(call, request);
		}
		return attempt.answer();
	}

	/** One call's answer, and how long to wait before sending it again when it was shed (else null). */
	private record Attempt(Answer answer, Duration retryAfter) {
	}

	private Attempt attempt(String call, HttpRequest request) {
		long start = System.nanoTime();
		Duration wait = null;
		int status = 0;
		boolean shed = false;
		byte[] raw = new byte[0];
		try {
			HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
			status = response.statusCode();
			raw = response.body();
			if (status >= 400) {
				String code = new Answer(status, raw).errorCode();
				String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
				shed = isShed(status, code, retryAfter);
				wait = shed ? waitFor(retryAfter) : null;
				recorder.refusal(start, call, status + " " + (code.isEmpty() ? "?" : code)
						+ (shed ? " (shed, Retry-After " + retryAfter + ")" : (status >= 500) ? " (error)" : ""));
			}
		}
		catch (IOException | RuntimeException ex) {
			status = 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			recorder.record(start, call, System.nanoTime() - start, status, shed);
		}
		return new Attempt(new Answer(status, raw), wait);
	}

	/** Retry-After in seconds (the gateway's form), at most {@link #LONGEST_WAIT}; 1 s when absent or unreadable. */
	static Duration waitFor(String retryAfter) {
		try {
			Duration wait = Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
			return (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (RuntimeException notSeconds) {
			return Duration.ofSeconds(1);
		}
	}

	/**
	 * Work turned away before it started: 429, or a 503 with Retry-After that is not SERVICE_UNAVAILABLE (which
	 * says a downstream service failed or its breaker is open, a failure rather than admission control).
	 */
	static boolean isShed(int status, String code, String retryAfter) {
		return status == 429 || (status == 503 && retryAfter != null && !"SERVICE_UNAVAILABLE".equals(code));
	}

	private static JsonNode parse(byte[] body) {
		if (body == null || body.length == 0) {
			return null;
		}
		try {
			return JSON.readTree(body);
		}
		catch (RuntimeException notJson) {
			return null;
		}
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}
}
