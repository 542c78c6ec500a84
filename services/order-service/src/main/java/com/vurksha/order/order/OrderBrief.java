package com.vurksha.order.order;

/** What the payment service needs to know about an order before it takes money for it, and tracking shows. */
public record OrderBrief(String id, String number, String userId, OrderStatus status, PaymentStatus paymentStatus,
		long total, String currency) {

	static OrderBrief of(Order order) {
		return new OrderBrief(order.id(), order.placed().number(), order.userId(), order.status(),
				order.paymentStatus(), order.placed().totals().total(), "INR");
	}
}
