package com.vurksha.user.support;

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

/** Calls the running service over real HTTP and reads the JSON envelope of the answer. */
public final class Api {

	private final TestRestTemplate rest;

	private final JsonMapper json;

	public Api(TestRestTemplate rest, JsonMapper json) {
		this.rest = rest;
		this.json = json;
	}

	public Reply get(String path, String token) {
		return exchange(HttpMethod.GET, path, token, null, new HttpHeaders());
	}

	/** Sends {@code body} as JSON: a String is sent as it is (for malformed input), anything else serialised. */
	public Reply send(HttpMethod method, String path, String token, Object body) {
		return exchange(method, path, token, body, new HttpHeaders());
	}

	public Reply send(HttpMethod method, String path, String token, Object body, HttpHeaders headers) {
		return exchange(method, path, token, body, headers);
	}

	public Reply post(String path, Object body) {
		return exchange(HttpMethod.POST, path, null, body, new HttpHeaders());
	}

	private Reply exchange(HttpMethod method, String path, String token, Object body, HttpHeaders extra) {
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(extra);
		if (token != null) {
			headers.setBearerAuth(token);
		}
		if (body != null && headers.getContentType() == null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		Object payload = (body instanceof String || body instanceof byte[] || body == null) ? body
				: json.writeValueAsString(body);
		ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(payload, headers), String.class);
		String text = response.getBody();
		JsonNode node = (text == null || text.isEmpty()) ? null : json.readTree(text);
		return new Reply(response.getStatusCode().value(), response.getHeaders(), node);
	}

	/** An answer: status, headers and the parsed body (null when there is none). */
	public record Reply(int status, HttpHeaders headers, JsonNode body) {

		public JsonNode data() {
			return body.get("data");
		}

		public JsonNode error() {
			return body.get("error");
		}

		public String errorCode() {
			return error().get("code").asString();
		}
	}

	/** A JSON object for request bodies, keeping the order fields are given in; values may be null. */
	public static Map<String, Object> object(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
