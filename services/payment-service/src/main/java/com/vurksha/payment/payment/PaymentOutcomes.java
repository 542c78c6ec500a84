package com.vurksha.payment.payment;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.payment.provider.ProviderPayment;

/**
 * Applies what the provider says about a payment attempt, whether a webhook or reconciliation brought it. Reports
 * arrive late, twice and out of order and carry snapshots, so a report only ever moves a payment forward, and only
 * when its amount and currency are exactly ours.
 */
@Service
public class PaymentOutcomes {

	private static final Logger log = LoggerFactory.getLogger(PaymentOutcomes.class);

	private final Payments payments;

	private final Clock clock;

	PaymentOutcomes(Payments payments, Clock clock) {
		this.payments = payments;
		this.clock = clock;
	}

	@Transactional
	public Outcome apply(ProviderPayment report, String source) {
		Optional<PaymentStatus> target = target(report.status());
		if (target.isEmpty()) {
			return Outcome.IGNORED;
		}
		Optional<Payment> found = (report.orderId() != null) ? payments.lockByProviderOrder(report.orderId())
				: Optional.empty();
		if (found.isEmpty()) {
			log.warn("{}: payment {} is for provider order {}, which is none of ours", source, report.id(),
					report.orderId());
			return Outcome.UNKNOWN;
		}
		Payment payment = found.get();
		if (!payment.matches(report.amount(), report.currency())) {
			log.error("{}: payment {} reports {} {} but payment {} is for {} {}; refused", source, report.id(),
					report.amount(), report.currency(), payment.id(), payment.amount(), payment.currency());
			return Outcome.AMOUNT_MISMATCH;
		}
		if (!payment.canMoveTo(target.get())) {
			log.info("{}: payment {} is {}; a report of {} changes nothing", source, payment.id(), payment.status(),
					report.status());
			return Outcome.STALE;
		}
		move(payment, target.get(), report);
		payments.save(payment);
		return Outcome.APPLIED;
	}

	private void move(Payment payment, PaymentStatus target, ProviderPayment report) {
		switch (target) {
			case AUTHORIZED -> payment.authorize(report.id(), clock.instant());
			case CAPTURED -> {
				payment.capture(report.id(), clock.instant());
				payments.record(payment.id(), report.id(), "CAPTURE", report.amount(), payment.currency(),
						clock.instant());
			}
			case FAILED -> payment.fail(report.id(),
					(report.errorDescription() != null) ? report.errorDescription() : "Payment failed",
					clock.instant());
			default -> throw new IllegalArgumentException("Not a payment attempt's state: " + target);
		}
	}

	/**
	 * Our state for the provider's word. A payment the provider already shows as refunded was captured first; its
	 * refunds reach us as refund reports of their own.
	 */
	static Optional<PaymentStatus> target(String providerStatus) {
		return Optional.ofNullable(switch ((providerStatus != null) ? providerStatus : "") {
			case "authorized" -> PaymentStatus.AUTHORIZED;
			case "captured", "refunded" -> PaymentStatus.CAPTURED;
			case "failed" -> PaymentStatus.FAILED;
			default -> null;
		});
	}
}
