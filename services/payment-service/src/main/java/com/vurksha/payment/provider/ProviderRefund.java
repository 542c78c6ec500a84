package com.vurksha.payment.provider;

/**
 * A refund as the provider reports it.
 *
 * @param ourRefundId the id we gave it (from its notes), when the provider echoes it
 * @param status {@code pending}, {@code processed} or {@code failed}
 */
public record ProviderRefund(String id, String paymentId, String ourRefundId, long amount, String status) {
}
