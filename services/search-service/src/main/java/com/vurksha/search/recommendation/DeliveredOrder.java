package com.vurksha.search.recommendation;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What recommendations need of an {@code order.order.delivered} payload: the customer and the distinct products
 * delivered. Read with a record of this service's own: the order service's event record is one of a sealed family
 * with factory methods over its aggregate, not a plain contract type yet.
 */
record DeliveredOrder(String orderId, String userId, Instant deliveredAt, List<Line> lines) {

	/** A delivered line; only the product matters here. */
	record Line(String productId, String variantId, int quantity) {
	}

	/** The distinct products of the order, in line order; lines without a product id are left out. */
	Set<String> products() {
		Set<String> products = new LinkedHashSet<>();
		if (lines != null) {
			lines.stream().map(Line::productId).filter(id -> id != null && !id.isBlank()).forEach(products::add);
		}
		return products;
	}

	Optional<String> customer() {
		return (userId == null || userId.isBlank()) ? Optional.empty() : Optional.of(userId);
	}
}
