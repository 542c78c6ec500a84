package com.vurksha.cart.ordering;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import com.vurksha.platform.events.EventFields;
import tools.jackson.databind.JsonNode;

/**
 * The part of {@code order.order.placed} the cart needs: whose cart, how many of each variant were ordered, and
 * from which cart version.
 *
 * @param quantities ordered units by variant id
 * @param cartVersion the cart version checkout read; empty in events from before cart versions
 */
record OrderPlaced(String orderId, String userId, Map<String, Integer> quantities, OptionalLong cartVersion) {

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
		return new OrderPlaced(text(payload, "orderId"), userId, quantities, cartVersion(payload));
	}

	/** An unreadable version counts as none, so the event still takes what was ordered, as before versions. */
	private static OptionalLong cartVersion(JsonNode payload) {
		try {
			return EventFields.text(payload, "cartVersion")
				.map(version -> OptionalLong.of(Long.parseLong(version)))
				.orElse(OptionalLong.empty());
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	private static String text(JsonNode node, String field) {
		return EventFields.text(node, field).orElse(null);
	}
}
