package com.vurksha.payment.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One order's payment. Its state changes only through the guarded methods below, which refuse a move its
 * {@link PaymentStatus} does not allow and raise the past-tense events the rest of the system learns from.
 */
public final class Payment {

	private final String id;

	private final String orderId;

	private final String orderNumber;

	private final String userId;

	private final String provider;

	private final String providerOrderId;

	private final long amount;

	private final String currency;

	private final Instant createdAt;

	private String providerPaymentId;

	private PaymentStatus status;

	private long refundedAmount;

	private String failureReason;

	private int attempts;

	private Instant updatedAt;

	private final List<Object> events = new ArrayList<>();

	Payment(String id, String orderId, String orderNumber, String userId, String provider, String providerOrderId,
			String providerPaymentId, long amount, String currency, PaymentStatus status, long refundedAmount,
			String failureReason, int attempts, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.orderId = orderId;
		this.orderNumber = orderNumber;
		this.userId = userId;
		this.provider = provider;
		this.providerOrderId = providerOrderId;
		this.providerPaymentId = providerPaymentId;
		this.amount = amount;
		this.currency = currency;
		this.status = status;
		this.refundedAmount = refundedAmount;
		this.failureReason = failureReason;
		this.attempts = attempts;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	/** A new payment offered to the customer on a provider order for exactly the order's total. */
	public static Payment offer(String id, String orderId, String orderNumber, String userId, String provider,
			String providerOrderId, long amount, String currency, Instant now) {
		if (amount <= 0) {
			throw new IllegalArgumentException("a payment is for a positive amount, got " + amount);
		}
		return new Payment(id, orderId, orderNumber, userId, provider, providerOrderId, null, amount, currency,
				PaymentStatus.CREATED, 0, null, 0, now, now);
	}

	/** Whether the provider's amount and currency are exactly ours; anything else must not move the payment. */
	public boolean matches(long providerAmount, String providerCurrency) {
		return amount == providerAmount && currency.equalsIgnoreCase(Objects.requireNonNullElse(providerCurrency, ""));
	}

	public boolean canMoveTo(PaymentStatus next) {
		return status.canMoveTo(next);
	}

	public void authorize(String attempt, Instant now) {
		require(PaymentStatus.AUTHORIZED);
		newAttempt(attempt);
		status = PaymentStatus.AUTHORIZED;
		updatedAt = now;
	}

	public void capture(String attempt, Instant now) {
		require(PaymentStatus.CAPTURED);
		newAttempt(attempt);
		status = PaymentStatus.CAPTURED;
		failureReason = null;
		updatedAt = now;
		events.add(new PaymentCaptured(id, orderId, amount, currency, attempt));
	}

	public void fail(String attempt, String reason, Instant now) {
		require(PaymentStatus.FAILED);
		newAttempt(attempt);
		status = PaymentStatus.FAILED;
		failureReason = reason;
		updatedAt = now;
		events.add(new PaymentFailed(id, orderId, reason));
	}

	/** Records that refunds totalling {@code totalRefunded} reached the customer. */
	public void recordRefunded(long totalRefunded, Instant now) {
		PaymentStatus next = (totalRefunded == amount) ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
		require(next);
		if (totalRefunded <= refundedAmount || totalRefunded > amount) {
			throw new IllegalStateException("Payment " + id + " has " + refundedAmount + " of " + amount
					+ " refunded; cannot record " + totalRefunded);
		}
		refundedAmount = totalRefunded;
		status = next;
		updatedAt = now;
	}

	/** The events raised since the payment was loaded, handed over once. */
	public List<Object> drainEvents() {
		List<Object> raised = List.copyOf(events);
		events.clear();
		return raised;
	}

	private void require(PaymentStatus next) {
		if (!status.canMoveTo(next)) {
			throw new IllegalStateException("Payment " + id + " is " + status + " and cannot become " + next);
		}
	}

	private void newAttempt(String attempt) {
		if (attempt != null && !attempt.equals(providerPaymentId)) {
			providerPaymentId = attempt;
			attempts++;
		}
	}

	public String id() {
		return id;
	}

	public String orderId() {
		return orderId;
	}

	public String orderNumber() {
		return orderNumber;
	}

	public String userId() {
		return userId;
	}

	public String provider() {
		return provider;
	}

	public String providerOrderId() {
		return providerOrderId;
	}

	public String providerPaymentId() {
		return providerPaymentId;
	}

	public long amount() {
		return amount;
	}

	public String currency() {
		return currency;
	}

	public PaymentStatus status() {
		return status;
	}

	public long refundedAmount() {
		return refundedAmount;
	}

	public String failureReason() {
		return failureReason;
	}

	public int attempts() {
		return attempts;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
