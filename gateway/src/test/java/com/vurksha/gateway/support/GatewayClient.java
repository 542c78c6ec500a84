package com.vurksha.gateway.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** Calls the gateway the way the app does, over real HTTP, and parses the envelope. */
public final class GatewayClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	public GatewayClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public Answer get(String path, String... headers) {
		return send(request(path, headers).GET().build());
	}

	public Answer post(String path, String json, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json))
			.build());
	}

	/** Sends the body without a length, in chunks, as a streaming client would. */
	public Answer postChunked(String path, byte[] body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build());
	}

	/** Any method, with a JSON body or none. */
	public Answer send(String method, String path, String json, String... headers) {
		HttpRequest.Builder request = request(path, headers);
		if (json == null) {
			return send(request.method(method, BodyPublishers.noBody()).build());
		}
		return send(request.header("Content-Type", "application/json")
			.method(method, BodyPublishers.ofString(json))
			.build());
	}

	public Answer options(String path, String... headers) {
		return send(request(path, headers).method("OPTIONS", BodyPublishers.noBody()).build());
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return builder;
	}

	private Answer send(HttpRequest request) {
		try {
			var response = http.send(request, BodyHandlers.ofString());
			boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
			var json = isJson ? JSON.readTree(response.body()) : MissingNode.getInstance();
			return new Answer(response.statusCode(), response.headers(), json, response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
