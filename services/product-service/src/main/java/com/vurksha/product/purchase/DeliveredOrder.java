package com.vurksha.product.purchase;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * What this service needs of an {@code order.order.delivered} payload. Lines name the product, or for older
 * producers only the variant; a payload without an order, customer or lines is unusable and reads as empty.
 *
 * @param deliveredAt when the order was delivered, or {@code null} when the payload does not say
 */
record DeliveredOrder(String orderId, String userId, Instant deliveredAt, List<Line> lines) {

	/** One delivered line; at least one of the two ids is set. */
	record Line(String productId, String variantId) {
	}

	static Optional<DeliveredOrder> from(JsonNode payload) {
		String orderId = text(payload, "orderId");
		String userId = text(payload, "userId");
		JsonNode lines = (payload == null) ? null : payload.get("lines");
		if (orderId == null || userId == null || lines == null || !lines.isArray()) {
			return Optional.empty();
		}
		return Optional.of(new DeliveredOrder(orderId, userId, instant(text(payload, "deliveredAt")), lines(lines)));
	}

	private static List<Line> lines(JsonNode array) {
		List<Line> lines = new ArrayList<>();
		for (JsonNode line : array) {
			Line read = new Line(text(line, "productId"), text(line, "variantId"));
			if (read.productId() != null || read.variantId() != null) {
				lines.add(read);
			}
		}
		return List.copyOf(lines);
	}

	private static Instant instant(String value) {
		try {
			return (value == null) ? null : Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = (node == null) ? null : node.get(field);
		return (value != null && value.isString() && !value.asString().isBlank()) ? value.asString().strip() : null;
	}
}
