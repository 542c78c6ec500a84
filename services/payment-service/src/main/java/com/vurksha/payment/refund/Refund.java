package com.vurksha.payment.refund;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One refund of a payment. Its id is derived from the payment and the request key, so every retry of one request,
 * even after a rollback, sends the provider the same {@code X-Refund-Idempotency} key.
 */
public final class Refund {

	private final String id;

	private final String paymentId;

	private final String requestKey;

	private final long amount;

	private final String reason;

	private final Instant createdAt;

	private String providerRefundId;

	private RefundStatus status;

	private Instant updatedAt;

	Refund(String id, String paymentId, String requestKey, long amount, String reason, RefundStatus status,
			String providerRefundId, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.paymentId = paymentId;
		this.requestKey = requestKey;
		this.amount = amount;
		this.reason = reason;
		this.status = status;
		this.providerRefundId = providerRefundId;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Refund request(String paymentId, String requestKey, long amount, String reason, Instant now) {
		return new Refund(idFor(paymentId, requestKey), paymentId, requestKey, amount, reason, RefundStatus.PENDING,
				null, now, now);
	}

	/** {@code rfd_} and 24 hex digits: within the provider's rule of at least 10 of {@code [A-Za-z0-9_-]}. */
	static String idFor(String paymentId, String requestKey) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((paymentId + "|" + requestKey).getBytes(StandardCharsets.UTF_8));
			return "rfd_" + HexFormat.of().formatHex(digest).substring(0, 24);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void sentAs(String providerRefundId) {
		this.providerRefundId = providerRefundId;
	}

	void process(Instant now) {
		require();
		status = RefundStatus.PROCESSED;
		updatedAt = now;
	}

	void fail(Instant now) {
		require();
		status = RefundStatus.FAILED;
		updatedAt = now;
	}

	private void require() {
		if (status != RefundStatus.PENDING) {
			throw new IllegalStateException("Refund " + id + " is " + status + " and can no longer change");
		}
	}

	public String id() {
		return id;
	}

	public String paymentId() {
		return paymentId;
	}

	public String requestKey() {
		return requestKey;
	}

	public long amount() {
		return amount;
	}

	public String reason() {
		return reason;
	}

	public RefundStatus status() {
		return status;
	}

	public String providerRefundId() {
		return providerRefundId;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
