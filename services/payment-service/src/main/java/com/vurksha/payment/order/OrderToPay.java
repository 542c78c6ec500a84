package com.vurksha.payment.order;

/** The order service's answer to {@code GET /internal/v1/orders/{id}}: what a payment must match. */
public record OrderToPay(String id, String number, String userId, String status, String paymentStatus, long total,
		String currency) {

	public boolean awaitsPayment() {
		return "PENDING_PAYMENT".equals(status);
	}
}
