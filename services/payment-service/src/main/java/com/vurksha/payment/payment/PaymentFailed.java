package com.vurksha.payment.payment;

/** An attempt to pay for an order failed; published as {@code payment.payment.failed}. */
public record PaymentFailed(String paymentId, String orderId, String reason) {

	public static final String TYPE = "payment.payment.failed";
}
