package com.vurksha.payment.simulator;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.vurksha.payment.provider.PaymentProperties;
import com.vurksha.payment.provider.PaymentProvider;
import com.vurksha.payment.provider.ProviderOrder;
import com.vurksha.payment.provider.ProviderPayment;
import com.vurksha.payment.provider.ProviderRefund;

/**
 * A provider in memory for local runs ({@code vurksha.payments.provider=simulator}): orders and attempts live until
 * the process stops, refunds are processed at once and, like Razorpay's, are idempotent on our refund id.
 */
@Component
@ConditionalOnProperty(name = "vurksha.payments.provider", havingValue = "simulator")
public class SimulatorProvider implements PaymentProvider {

	private final Map<String, List<ProviderPayment>> attempts = new ConcurrentHashMap<>();

	private final Map<String, ProviderRefund> refunds = new ConcurrentHashMap<>();

	private final String keyId;

	SimulatorProvider(PaymentProperties properties) {
		this.keyId = properties.razorpay().keyId();
	}

	@Override
	public String name() {
		return "simulator";
	}

	@Override
	public String keyId() {
		return keyId;
	}

	@Override
	public ProviderOrder createOrder(long amount, String currency, String receipt) {
		String id = "order_sim_" + random();
		attempts.put(id, new CopyOnWriteArrayList<>());
		return new ProviderOrder(id, amount, currency);
	}

	@Override
	public List<ProviderPayment> paymentsOf(String providerOrderId) {
		return List.copyOf(attempts.getOrDefault(providerOrderId, List.of()));
	}

	@Override
	public ProviderRefund refund(String providerPaymentId, long amount, String refundId) {
		return refunds.computeIfAbsent(refundId,
				id -> new ProviderRefund("rfnd_sim_" + random(), providerPaymentId, id, amount, "processed"));
	}

	/** A customer's attempt to pay the provider order, succeeding (captured) or failing. */
	ProviderPayment attempt(String providerOrderId, long amount, String currency, boolean succeed) {
		ProviderPayment attempt = new ProviderPayment("pay_sim_" + random(), providerOrderId,
				succeed ? "captured" : "failed", amount, currency,
				succeed ? null : "Payment failed (simulated: the customer's bank declined)");
		attempts.computeIfAbsent(providerOrderId, id -> new CopyOnWriteArrayList<>()).add(attempt);
		return attempt;
	}

	private static String random() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 14);
	}
}
