package com.vurksha.order.order;

/** The payment service captured a payment for the order (timeline only; the payment service published it). */
public record PaymentCaptured(String orderId, String paymentId, long amount) implements OrderEvent {

	@Override
	public String type() {
		return null;
	}

	@Override
	public String note() {
		return "Payment " + paymentId + " captured: " + amount + " paise";
	}
}
