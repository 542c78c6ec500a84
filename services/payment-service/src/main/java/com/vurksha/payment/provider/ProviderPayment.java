package com.vurksha.payment.provider;

/**
 * A snapshot of one payment attempt as the provider reports it, in a webhook or when asked.
 *
 * @param status the provider's word: {@code created}, {@code authorized}, {@code captured}, {@code refunded},
 * {@code failed}
 */
public record ProviderPayment(String id, String orderId, String status, long amount, String currency,
		String errorDescription) {
}
