package com.vurksha.payment.provider;

import java.util.List;

/** What we ask of a payment provider; Razorpay's API is the model, the local simulator imitates it. */
public interface PaymentProvider {

	/** {@code razorpay} or {@code simulator}, as shown to the app. */
	String name();

	/** The public key the app's checkout opens with. */
	String keyId();

	/** One provider order per our order, for the order's total; {@code receipt} is our order number. */
	ProviderOrder createOrder(long amount, String currency, String receipt);

	/** Every attempt to pay the provider order, as the provider sees them now. */
	List<ProviderPayment> paymentsOf(String providerOrderId);

	/** Refunds {@code amount}; {@code refundId} is our id, sent as the idempotency key so a retry never pays twice. */
	ProviderRefund refund(String providerPaymentId, long amount, String refundId);
}
