package com.vurksha.payment.payment;

import java.time.Instant;
import java.util.Map;

/** A payment as its owner sees it; {@code clientPayload} is what the app opens the provider's checkout with. */
public record PaymentView(String paymentId, String orderId, String provider, String providerOrderId,
		String providerPaymentId, long amount, String currency, String status, long refundedAmount,
		String failureReason, Map<String, Object> clientPayload, Instant createdAt, Instant updatedAt) {

	static PaymentView of(Payment payment, String keyId) {
		Map<String, Object> clientPayload = Map.of("keyId", keyId, "orderId", payment.providerOrderId(), "amount",
				payment.amount(), "currency", payment.currency(), "name", "Vurksha", "description",
				"Order " + payment.orderNumber(), "prefill", Map.of(), "notes",
				Map.of("orderNumber", payment.orderNumber()));
		return new PaymentView(payment.id(), payment.orderId(), payment.provider(), payment.providerOrderId(),
				payment.providerPaymentId(), payment.amount(), payment.currency(), payment.status().name(),
				payment.refundedAmount(), payment.failureReason(), clientPayload, payment.createdAt(),
				payment.updatedAt());
	}
}
