package com.vurksha.payment.refund;

import java.time.Instant;

/** A refund as an operator sees it. */
public record RefundView(String refundId, String paymentId, long amount, String currency, String status,
		String providerRefundId, String reason, Instant createdAt) {

	static RefundView of(Refund refund, String currency) {
		return new RefundView(refund.id(), refund.paymentId(), refund.amount(), currency, refund.status().name(),
				refund.providerRefundId(), refund.reason(), refund.createdAt());
	}
}
