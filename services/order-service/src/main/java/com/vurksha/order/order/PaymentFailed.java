package com.vurksha.order.order;

/**
 * A payment attempt failed; the customer may try again until the order times out. Published so the customer can
 * be told by the notification service.
 */
public record PaymentFailed(String orderId, String number, String userId, String paymentId, String reason)
		implements OrderEvent {

	@Override
	public String type() {
		return "order.order.payment-failed";
	}

	@Override
	public String note() {
		return "Payment " + paymentId + " failed: " + reason;
	}
}
