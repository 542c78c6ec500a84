package com.vurksha.notification.template;

import java.util.HashMap;
import java.util.Map;

import com.vurksha.notification.recipient.Recipient;
import tools.jackson.databind.JsonNode;

/** Reads the placeholders' values out of an order or delivery event and the recipient. */
public final class TemplateValues {

	private TemplateValues() {
	}

	public static Map<String, String> of(JsonNode payload, Recipient recipient) {
		Map<String, String> values = new HashMap<>();
		put(values, "orderNumber", first(payload, "number", "orderNumber"));
		put(values, "riderName", text(payload, "riderFirstName"));
		put(values, "etaMinutes", text(payload, "etaMinutes"));
		put(values, "reason", text(payload, "reason"));
		JsonNode amount = firstNode(payload, "amount", "total");
		if (amount != null && amount.canConvertToLong()) {
			values.put("amount", Rupees.fromPaise(amount.asLong()));
		}
		values.put("name", recipient.greetingName());
		return values;
	}

	private static void put(Map<String, String> values, String name, String value) {
		if (value != null) {
			values.put(name, value);
		}
	}

	private static String first(JsonNode payload, String... fields) {
		JsonNode node = firstNode(payload, fields);
		return (node == null) ? null : node.asString();
	}

	private static JsonNode firstNode(JsonNode payload, String... fields) {
		for (String field : fields) {
			JsonNode value = (payload != null) ? payload.get(field) : null;
			if (value != null && !value.isNull() && !value.asString().isBlank()) {
				return value;
			}
		}
		return null;
	}

	private static String text(JsonNode payload, String field) {
		return first(payload, field);
	}
}
