package com.vurksha.order.order;

/** A payment attempt failed; the customer may try again until the order times out (timeline only). */
public record PaymentFailed(String orderId, String paymentId, String reason) implements OrderEvent {

	@Override
	public String type() {
		return null;
	}

	@Override
	public String note() {
		return "Payment " + paymentId + " failed: " + reason;
	}
}
