package com.vurksha.delivery.orderevents;

import tools.jackson.databind.JsonNode;

/** Reads optional numeric fields of an event payload; text and instants come from the platform's EventFields. */
final class Events {

	private Events() {
	}

	static Double number(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value == null || !value.isNumber()) ? null : value.asDouble();
	}

	static long amount(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value == null || !value.isNumber()) ? 0L : value.asLong();
	}

}
