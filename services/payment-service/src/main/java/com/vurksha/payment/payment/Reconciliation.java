package com.vurksha.payment.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.vurksha.payment.provider.PaymentProvider;
import com.vurksha.payment.provider.ProviderPayment;

/**
 * Asks the provider about payments still CREATED or AUTHORIZED after a while (a lost webhook, an outage) and applies
 * the most advanced attempt it reports exactly as if its webhook had arrived.
 */
@Service
public class Reconciliation {

	private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

	private static final List<String> PROGRESS = List.of("failed", "authorized", "captured", "refunded");

	private final Payments payments;

	private final PaymentProvider provider;

	private final PaymentOutcomes outcomes;

	private final ReconciliationProperties properties;

	private final Clock clock;

	Reconciliation(Payments payments, PaymentProvider provider, PaymentOutcomes outcomes,
			ReconciliationProperties properties, Clock clock) {
		this.payments = payments;
		this.provider = provider;
		this.outcomes = outcomes;
		this.properties = properties;
		this.clock = clock;
	}

	/** One pass over the stuck payments; answers how many moved. */
	public int reconcile() {
		Instant now = clock.instant();
		int moved = 0;
		for (String id : payments.openSince(now.minus(properties.stuckAfter()), properties.batchSize())) {
			Optional<Payment> payment = payments.byId(id);
			if (payment.isEmpty()) {
				continue;
			}
			try {
				Optional<ProviderPayment> latest = mostAdvanced(provider.paymentsOf(payment.get().providerOrderId()));
				if (latest.isPresent() && outcomes.apply(latest.get(), "reconciliation") == Outcome.APPLIED) {
					moved++;
				}
			}
			catch (RuntimeException ex) {
				// One payment the provider cannot tell us about must not keep the others waiting.
				log.warn("Reconciliation of payment {} failed: {}", id, ex.getMessage());
			}
			payments.markChecked(id, now);
		}
		if (moved > 0) {
			log.info("Reconciliation moved {} payments", moved);
		}
		return moved;
	}

	static Optional<ProviderPayment> mostAdvanced(List<ProviderPayment> attempts) {
		return attempts.stream()
			.filter(attempt -> PROGRESS.contains(attempt.status()))
			.max(Comparator.comparingInt(attempt -> PROGRESS.indexOf(attempt.status())));
	}
}
