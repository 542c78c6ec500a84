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

	private final URI base;

	private final LatencyRecorder recorder;

	Api(URI base, LatencyRecorder recorder) {
		this.base = base;
		this.recorder = recorder;
	}

	/** The same address, recording into another recorder. */
	Api recordingInto(LatencyRecorder other) {
		return new Api(base, other);
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
		long start = System.nanoTime();
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
		return new Answer(status, raw);
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
