package com.vurksha.payment.refund;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.payment.payment.Outcome;
import com.vurksha.payment.payment.Payment;
import com.vurksha.payment.payment.Payments;
import com.vurksha.platform.events.Outbox;
import com.vurksha.payment.provider.ProviderRefund;

/**
 * Applies what the provider says about a refund: {@code processed} moves it to PROCESSED once, books it in the ledger,
 * moves the payment to PARTIALLY_REFUNDED or REFUNDED and publishes {@code payment.refund.processed};
 * {@code failed} frees its amount for another refund.
 */
@Service
public class RefundOutcomes {

	private static final Logger log = LoggerFactory.getLogger(RefundOutcomes.class);

	private final Payments payments;

	private final Refunds refunds;

	private final Outbox outbox;

	private final Clock clock;

	RefundOutcomes(Payments payments, Refunds refunds, Outbox outbox, Clock clock) {
		this.payments = payments;
		this.refunds = refunds;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** A provider's report, from a webhook. The payment is locked first, so a refund still being started is seen. */
	@Transactional
	public Outcome apply(ProviderRefund report, String source) {
		Optional<Payment> payment = (report.paymentId() != null) ? payments.lockByProviderPayment(report.paymentId())
				: Optional.empty();
		Optional<Refund> refund = refunds.reported(report.id(), report.ourRefundId())
			.filter(found -> payment.isPresent() && found.paymentId().equals(payment.get().id()));
		if (refund.isEmpty()) {
			log.warn("{}: refund {} of payment {} is none of ours", source, report.id(), report.paymentId());
			return Outcome.UNKNOWN;
		}
		if (refund.get().amount() != report.amount()) {
			log.error("{}: refund {} reports {} but refund {} is for {}; refused", source, report.id(),
					report.amount(), refund.get().id(), refund.get().amount());
			return Outcome.AMOUNT_MISMATCH;
		}
		if (refund.get().providerRefundId() == null) {
			refund.get().sentAs(report.id());
		}
		return settle(payment.get(), refund.get(), report);
	}

	/** Settles a refund with the provider's word on it; the caller holds the payment's lock. */
	Outcome settle(Payment payment, Refund refund, ProviderRefund report) {
		if (refund.status() != RefundStatus.PENDING) {
			return Outcome.STALE;
		}
		switch ((report.status() != null) ? report.status() : "") {
			case "processed" -> process(payment, refund);
			case "failed" -> refund.fail(clock.instant());
			default -> {
				return Outcome.STALE;
			}
		}
		refunds.save(refund);
		return Outcome.APPLIED;
	}

	private void process(Payment payment, Refund refund) {
		refund.process(clock.instant());
		payments.record(payment.id(), refund.providerRefundId(), "REFUND", refund.amount(), payment.currency(),
				clock.instant());
		payment.recordRefunded(payment.refundedAmount() + refund.amount(), clock.instant());
		payments.save(payment);
		outbox.append(RefundProcessed.TYPE, 1, "payment", payment.id(),
				new RefundProcessed(refund.id(), payment.id(), payment.orderId(), refund.amount()));
	}
}
