package com.vurksha.platformtest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running service over real HTTP and reads the JSON envelope of the answer. Open for extension so that a
 * service can add shortcuts for its own endpoints.
 */
public class Api {

	private final TestRestTemplate rest;

	private final JsonMapper json;

	public Api(TestRestTemplate rest, JsonMapper json) {
		this.rest = rest;
		this.json = json;
	}

	public Reply get(String path) {
		return exchange(HttpMethod.GET, path, null, null, new HttpHeaders());
	}

	public Reply get(String path, HttpHeaders headers) {
		return exchange(HttpMethod.GET, path, null, null, headers);
	}

	public Reply get(String path, String token) {
		return exchange(HttpMethod.GET, path, token, null, new HttpHeaders());
	}

	public Reply get(String path, String token, HttpHeaders headers) {
		return exchange(HttpMethod.GET, path, token, null, headers);
	}

	/** Sends {@code body} as JSON: a String is sent as it is (for malformed input), anything else serialised. */
	public Reply send(HttpMethod method, String path, String token, Object body) {
		return exchange(method, path, token, body, new HttpHeaders());
	}

	/** As {@link #send(HttpMethod, String, String, Object)}, with extra headers such as an idempotency key. */
	public Reply send(HttpMethod method, String path, String token, Object body, HttpHeaders headers) {
		return exchange(method, path, token, body, headers);
	}

	public String json(Object value) {
		return (value instanceof String text) ? text : json.writeValueAsString(value);
	}

	private Reply exchange(HttpMethod method, String path, String token, Object body, HttpHeaders extra) {
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(extra);
		if (token != null) {
			headers.setBearerAuth(token);
		}
		if (body != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		ResponseEntity<String> response = rest.exchange(path, method,
				new HttpEntity<>((body != null) ? json(body) : null, headers), String.class);
		String text = response.getBody();
		JsonNode node = (text == null || text.isEmpty()) ? null : json.readTree(text);
		return new Reply(response.getStatusCode().value(), response.getHeaders(), node);
	}

	/** An answer: status, headers and the parsed envelope (null when there is no body). */
	public record Reply(int status, HttpHeaders headers, JsonNode body) {

		public JsonNode data() {
			return body.get("data");
		}

		public String errorCode() {
			return body.get("error").get("code").asString();
		}

		public String etag() {
			return headers.getETag();
		}
	}

	/** A JSON object literal for request bodies, keeping the order fields are given in. */
	public static Map<String, Object> object(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
