package com.vurksha.payment.refund;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.payment.PaymentErrorCode;
import com.vurksha.payment.payment.Payment;
import com.vurksha.payment.payment.Payments;
import com.vurksha.payment.provider.PaymentProvider;
import com.vurksha.payment.provider.ProviderRefund;
import com.vurksha.platform.error.ApiException;

/**
 * Starts refunds. The payment row stays locked from the check of what is left to the provider's answer, so two
 * refunds of one payment cannot both pass the check; the provider call carries our refund id as
 * {@code X-Refund-Idempotency}, so a retry after a timeout or a rollback is the same refund at the provider.
 */
@Service
public class RefundDesk {

	private final Payments payments;

	private final Refunds refunds;

	private final PaymentProvider provider;

	private final RefundOutcomes outcomes;

	private final Clock clock;

	RefundDesk(Payments payments, Refunds refunds, PaymentProvider provider, RefundOutcomes outcomes, Clock clock) {
		this.payments = payments;
		this.refunds = refunds;
		this.provider = provider;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	/**
	 * Refunds {@code amount} of the payment, or all that is left when {@code amount} is null. The same
	 * {@code requestKey} again answers the refund it started.
	 */
	@Transactional
	public RefundView refund(String paymentId, Long amount, String requestKey, String reason) {
		return attempt(paymentId, amount, requestKey, reason).orElseThrow();
	}

	/**
	 * As {@link #refund}, but a refusal (nothing captured, nothing left) is answered rather than thrown, so that an
	 * event consumer's transaction is not marked for rollback by it.
	 */
	@Transactional
	public Attempt attempt(String paymentId, Long amount, String requestKey, String reason) {
		Optional<Payment> found = payments.lock(paymentId);
		if (found.isEmpty()) {
			return Attempt.refused(new ApiException(PaymentErrorCode.PAYMENT_NOT_FOUND, "No payment " + paymentId));
		}
		Payment payment = found.get();
		Optional<Refund> existing = refunds.byKey(paymentId, requestKey);
		if (existing.isPresent()) {
			return Attempt.started(RefundView.of(existing.get(), payment.currency()));
		}
		if (!payment.status().captured()) {
			return Attempt.refused(new ApiException(PaymentErrorCode.PAYMENT_NOT_REFUNDABLE,
					"Payment " + paymentId + " is " + payment.status() + "; only captured money can be refunded"));
		}
		long committed = refunds.total(paymentId, RefundStatus.PENDING, RefundStatus.PROCESSED);
		OptionalLong toRefund = RefundPolicy.amountToRefund(payment.amount(), committed, amount);
		if (toRefund.isEmpty()) {
			return Attempt.refused(new ApiException(PaymentErrorCode.REFUND_EXCEEDS_CAPTURED, "Payment " + paymentId
					+ " captured " + payment.amount() + " and has " + committed + " refunded or being refunded"));
		}
		Refund refund = Refund.request(paymentId, requestKey, toRefund.getAsLong(), reason, clock.instant());
		refunds.add(refund);
		ProviderRefund answer = provider.refund(payment.providerPaymentId(), refund.amount(), refund.id());
		refund.sentAs(answer.id());
		refunds.save(refund);
		outcomes.settle(payment, refund, answer);
		return Attempt.started(RefundView.of(refund, payment.currency()));
	}

	/** A started (or earlier started) refund, or why none was started. */
	public record Attempt(RefundView refund, ApiException refusal) {

		static Attempt started(RefundView refund) {
			return new Attempt(refund, null);
		}

		static Attempt refused(ApiException refusal) {
			return new Attempt(null, refusal);
		}

		public RefundView orElseThrow() {
			if (refusal != null) {
				throw refusal;
			}
			return refund;
		}
	}
}
