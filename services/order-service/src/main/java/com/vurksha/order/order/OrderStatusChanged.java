package com.vurksha.order.order;

/** The order's status moved on. */
public record OrderStatusChanged(String orderId, String userId, OrderStatus from, OrderStatus to)
		implements OrderEvent {

	@Override
	public String type() {
		return "order.order.status-changed";
	}

	@Override
	public String note() {
		return from + " → " + to;
	}
}
