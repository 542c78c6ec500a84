package com.vurksha.order.order;

/** Money arrived for an order that can no longer be fulfilled; the payment service is to refund it in full. */
public record RefundRequested(String orderId, String paymentId, long amount, String reason) implements OrderEvent {

	@Override
	public String type() {
		return "order.order.refund-requested";
	}

	@Override
	public String note() {
		return "Refund of " + amount + " paise requested: " + reason;
	}
}
