package com.vurksha.payment.payment;

/** The provider took the customer's money for an order; published as {@code payment.payment.captured}. */
public record PaymentCaptured(String paymentId, String orderId, long amount, String currency,
		String providerPaymentId) {

	public static final String TYPE = "payment.payment.captured";
}
