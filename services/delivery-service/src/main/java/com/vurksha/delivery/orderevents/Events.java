package com.vurksha.delivery.orderevents;

import java.time.Instant;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/** Reads optional fields of an event payload; a missing, null or blank field is absent. */
final class Events {

	private Events() {
	}

	static Optional<String> text(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value == null || value.isNull() || value.asString().isBlank()) ? Optional.empty()
				: Optional.of(value.asString());
	}

	static Double number(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value == null || !value.isNumber()) ? null : value.asDouble();
	}

	static long amount(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value == null || !value.isNumber()) ? 0L : value.asLong();
	}

	static Instant instant(JsonNode node, String field) {
		return text(node, field).map(Instant::parse).orElse(null);
	}
}
