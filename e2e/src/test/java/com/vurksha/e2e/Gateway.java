package com.vurksha.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** The app's view of the system: JSON over HTTP to the gateway, optionally signed in. */
final class Gateway {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	Gateway(String base) {
		this.base = base;
	}

	/** The gateway's base URL. */
	String base() {
		return base;
	}

	Reply get(String path, String accessToken) {
		return send(request(path, accessToken).GET());
	}

	Reply post(String path, String json, String accessToken) {
		return send(request(path, accessToken).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json)));
	}

	Reply put(String path, String json, String accessToken) {
		return send(request(path, accessToken).header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString(json)));
	}

	Reply postOnce(String path, String json, String accessToken, String idempotencyKey) {
		return send(request(path, accessToken).header("Content-Type", "application/json")
			.header("X-Idempotency-Key", idempotencyKey)
			.POST(BodyPublishers.ofString(json)));
	}

	Reply delete(String path, String accessToken) {
		return send(request(path, accessToken).DELETE());
	}

	private HttpRequest.Builder request(String path, String accessToken) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (accessToken != null) {
			builder.header("Authorization", "Bearer " + accessToken);
		}
		return builder;
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			var response = http.send(request.build(), BodyHandlers.ofString());
			boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
			JsonNode body = isJson ? JSON.readTree(response.body()) : MissingNode.getInstance();
			return new Reply(response.statusCode(), response.headers().firstValue("X-Request-Id").orElse(null), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One answer: status, request id and the envelope. */
	record Reply(int status, String requestId, JsonNode envelope) {

		JsonNode data() {
			return envelope.path("data");
		}

		String errorCode() {
			return envelope.path("error").path("code").asString();
		}
	}
}
