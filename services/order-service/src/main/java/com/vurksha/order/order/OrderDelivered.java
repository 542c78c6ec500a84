package com.vurksha.order.order;

import java.time.Instant;
import java.util.List;

/**
 * The customer has the order. The lines let the product service know who may review what without asking us.
 */
public record OrderDelivered(String orderId, String number, String userId, Instant deliveredAt, List<Line> lines)
		implements OrderEvent {

	/** A delivered quantity of a variant of a product. */
	public record Line(String variantId, String productId, int quantity) {
	}

	static OrderDelivered of(PlacedOrder placed, Instant deliveredAt) {
		return new OrderDelivered(placed.id(), placed.number(), placed.userId(), deliveredAt, placed.lines()
			.stream()
			.map(line -> new Line(line.variantId(), line.productId(), line.quantity()))
			.toList());
	}

	@Override
	public String type() {
		return "order.order.delivered";
	}

	@Override
	public String note() {
		return "Delivered at " + deliveredAt;
	}
}
