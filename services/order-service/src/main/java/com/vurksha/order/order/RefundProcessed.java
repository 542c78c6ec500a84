package com.vurksha.order.order;

/** A refund reached the customer (timeline only). */
public record RefundProcessed(String orderId, String refundId, long amount) implements OrderEvent {

	@Override
	public String type() {
		return null;
	}

	@Override
	public String note() {
		return "Refund " + refundId + " processed: " + amount + " paise";
	}
}
