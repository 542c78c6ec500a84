package com.vurksha.order.order;

import java.util.List;

/**
 * A customer placed an order; stock is reserved and the slot held under the order's id.
 *
 * @param cartVersion the version of the cart the order was placed from: the cart service takes the lines set at or
 * before it out of the cart, and leaves those the customer set afterwards
 */
public record OrderPlaced(String orderId, String number, String userId, OrderStatus status,
		PaymentMethod paymentMethod, long total, List<Line> lines, String slotId, String bookingId,
		String reservationId, long cartVersion) implements OrderEvent {

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
