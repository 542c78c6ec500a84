package com.vurksha.gateway.support;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;

/** One answer of the gateway: status, headers, the body, and the body parsed when it is JSON (else a missing node). */
public record Answer(int status, HttpHeaders headers, JsonNode json, String body) {

	public String header(String name) {
		return headers.firstValue(name).orElse(null);
	}

	public String errorCode() {
		return json.path("error").path("code").asString();
	}
}
