package com.vurksha.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A thin HTTP client for the gateway that times every call into the recorder. */
final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final URI base;

	private final LatencyRecorder recorder;

	Api(URI base, LatencyRecorder recorder) {
		this.base = base;
		this.recorder = recorder;
	}

	/** Answer of one call: status 0 means the call failed before an HTTP answer. */
	record Answer(int status, JsonNode body) {

		boolean ok() {
			return status >= 200 && status < 300;
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

	Answer send(String call, String path, String token) {
		return send(call, request(path, token).DELETE().build());
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private Answer send(String call, HttpRequest request) {
		long start = System.nanoTime();
		int status = 0;
		JsonNode body = null;
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			status = response.statusCode();
			if (response.body().length > 0) {
				body = JSON.readTree(response.body());
			}
			if (status >= 400 && status < 500 && body != null) {
				recorder.refusal(call, body.at("/error/code").asString("?"));
			}
		}
		catch (IOException | RuntimeException ex) {
			status = 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			recorder.record(call, System.nanoTime() - start, status);
		}
		return new Answer(status, body);
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}
}
