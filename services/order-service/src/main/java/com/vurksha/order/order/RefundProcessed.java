package com.vurksha.order.order;

/** A refund reached the customer; published so the customer can be told by the notification service. */
public record RefundProcessed(String orderId, String number, String userId, String refundId, long amount)
		implements OrderEvent {

	@Override
	public String type() {
		return "order.order.refund-processed";
	}

	@Override
	public String note() {
		return "Refund " + refundId + " processed: " + amount + " paise";
	}
}
