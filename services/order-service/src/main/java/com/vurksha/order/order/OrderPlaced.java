package com.vurksha.order.order;

import java.util.List;

/** A customer placed an order; stock is reserved and the slot held under the order's id. */
public record OrderPlaced(String orderId, String number, String userId, OrderStatus status,
		PaymentMethod paymentMethod, long total, List<Line> lines, String slotId, String bookingId,
		String reservationId) implements OrderEvent {

	/** An ordered quantity of a variant. */
	public record Line(String variantId, int quantity) {
	}

	@Override
	public String type() {
		return "order.order.placed";
	}

	@Override
	public String note() {
		return "Placed " + number + " (" + paymentMethod + ")";
	}
}
