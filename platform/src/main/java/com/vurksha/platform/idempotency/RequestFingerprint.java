package com.vurksha.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SHA-256 fingerprint of a request: its method, route and body in canonical JSON, where object keys are
 * sorted so that two clients serialising the same body in a different key order are recognised as the same
 * request.
 */
public final class RequestFingerprint {

	private final JsonMapper jsonMapper;

	public RequestFingerprint(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/** A hex SHA-256; the body may be a {@link JsonNode}, a record, a map or {@code null}. */
	public String of(String method, String route, Object body) {
		String canonical = canonicalJson(body);
		String material = method.toUpperCase(Locale.ROOT) + "\n" + route + "\n" + canonical;
		return HexFormat.of().formatHex(sha256(material));
	}

	String canonicalJson(Object body) {
		JsonNode tree = (body instanceof JsonNode node) ? node : jsonMapper.valueToTree(body);
		return jsonMapper.writeValueAsString(sorted(tree));
	}

	private JsonNode sorted(JsonNode node) {
		if (node == null) {
			return jsonMapper.nullNode();
		}
		if (node.isObject()) {
			Map<String, JsonNode> byKey = new TreeMap<>();
			node.properties().forEach(entry -> byKey.put(entry.getKey(), sorted(entry.getValue())));
			ObjectNode copy = jsonMapper.createObjectNode();
			byKey.forEach(copy::set);
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = jsonMapper.createArrayNode();
			node.values().forEach(element -> copy.add(sorted(element)));
			return copy;
		}
		return node;
	}

	private static byte[] sha256(String material) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK ships SHA-256", ex);
		}
	}
}
