package com.vurksha.payment.refund;

/** Money went back to the customer; published as {@code payment.refund.processed}. */
public record RefundProcessed(String refundId, String paymentId, String orderId, long amount) {

	public static final String TYPE = "payment.refund.processed";
}
