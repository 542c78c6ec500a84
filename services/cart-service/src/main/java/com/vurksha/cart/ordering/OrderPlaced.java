package com.vurksha.cart.ordering;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vurksha.platform.events.EventFields;
import tools.jackson.databind.JsonNode;

/**
 * The part of {@code order.order.placed} the cart needs: whose cart, and how many of each variant were ordered.
 *
 * @param quantities ordered units by variant id
 */
record OrderPlaced(String orderId, String userId, Map<String, Integer> quantities) {

	static final String TYPE = "order.order.placed";

	/**
	 * @throws IllegalArgumentException when the payload lacks the user or has a line without variant or with a
	 * quantity below 1
	 */
	static OrderPlaced from(JsonNode payload) {
		String userId = text(payload, "userId");
		if (userId == null) {
			throw new IllegalArgumentException("order.order.placed without userId");
		}
		Map<String, Integer> quantities = new LinkedHashMap<>();
		JsonNode lines = payload.path("lines");
		for (JsonNode line : lines) {
			String variantId = text(line, "variantId");
			int quantity = line.path("quantity").asInt(0);
			if (variantId == null || quantity < 1) {
				throw new IllegalArgumentException("order.order.placed with an unreadable line: " + line);
			}
			quantities.merge(variantId, quantity, Integer::sum);
		}
		return new OrderPlaced(text(payload, "orderId"), userId, quantities);
	}

	private static String text(JsonNode node, String field) {
		return EventFields.text(node, field).orElse(null);
	}
}
