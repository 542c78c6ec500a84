package com.vurksha.payment.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.platform.events.Outbox;
import com.vurksha.platform.jdbc.SqlTimestamps;

/** The stored payments, and the outbox that their raised events leave through in the same transaction. */
@Repository
public class Payments {

	private static final String COLUMNS = """
			id, order_id, order_number, user_id, provider, provider_order_id, provider_payment_id, amount, currency,
			status, refunded_amount, failure_reason, attempts, created_at, updated_at""";

	private final JdbcClient jdbc;

	private final Outbox outbox;

	Payments(JdbcClient jdbc, Outbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	/** Stores a new payment unless the order already has one; answers the order's payment either way. */
	public Payment addOrExisting(Payment payment) {
		jdbc.sql("""
				INSERT INTO payment (id, order_id, order_number, user_id, provider, provider_order_id, amount, currency,
				    status, created_at, updated_at)
				VALUES (:id, :orderId, :orderNumber, :userId, :provider, :providerOrderId, :amount, :currency,
				    :status, :now, :now)
				ON CONFLICT (order_id) DO NOTHING""")
			.param("id", payment.id())
			.param("orderId", payment.orderId())
			.param("orderNumber", payment.orderNumber())
			.param("userId", payment.userId())
			.param("provider", payment.provider())
			.param("providerOrderId", payment.providerOrderId())
			.param("amount", payment.amount())
			.param("currency", payment.currency())
			.param("status", payment.status().name())
			.param("now", SqlTimestamps.utc(payment.createdAt()))
			.update();
		return byOrder(payment.orderId()).orElseThrow();
	}

	public Optional<Payment> byId(String id) {
		return one("SELECT " + COLUMNS + " FROM payment WHERE id = :value", id);
	}

	public Optional<Payment> byOrder(String orderId) {
		return one("SELECT " + COLUMNS + " FROM payment WHERE order_id = :value", orderId);
	}

	/** The payment for update: concurrent webhooks, jobs and refunds of one payment take turns. */
	public Optional<Payment> lock(String id) {
		return one("SELECT " + COLUMNS + " FROM payment WHERE id = :value FOR UPDATE", id);
	}

	public Optional<Payment> lockByProviderOrder(String providerOrderId) {
		return one("SELECT " + COLUMNS + " FROM payment WHERE provider_order_id = :value FOR UPDATE", providerOrderId);
	}

	public Optional<Payment> lockByProviderPayment(String providerPaymentId) {
		return one("SELECT " + COLUMNS + " FROM payment WHERE provider_payment_id = :value FOR UPDATE",
				providerPaymentId);
	}

	/** Open payments created before {@code before} and not checked since then, oldest first. */
	public List<String> openSince(Instant before, int limit) {
		return jdbc.sql("""
				SELECT id FROM payment
				WHERE status IN ('CREATED', 'AUTHORIZED') AND created_at < :before
				  AND (last_checked_at IS NULL OR last_checked_at < :before)
				ORDER BY created_at LIMIT :limit""")
			.param("before", SqlTimestamps.utc(before))
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	public void markChecked(String id, Instant now) {
		jdbc.sql("UPDATE payment SET last_checked_at = :now WHERE id = :id")
			.param("now", SqlTimestamps.utc(now))
			.param("id", id)
			.update();
	}

	/** Writes the payment's state and appends the events it raised to the outbox, in the caller's transaction. */
	public void save(Payment payment) {
		jdbc.sql("""
				UPDATE payment SET provider_payment_id = :providerPaymentId, status = :status,
				    refunded_amount = :refunded, failure_reason = :reason, attempts = :attempts, updated_at = :now
				WHERE id = :id""")
			.param("providerPaymentId", payment.providerPaymentId())
			.param("status", payment.status().name())
			.param("refunded", payment.refundedAmount())
			.param("reason", payment.failureReason())
			.param("attempts", payment.attempts())
			.param("now", SqlTimestamps.utc(payment.updatedAt()))
			.param("id", payment.id())
			.update();
		for (Object event : payment.drainEvents()) {
			outbox.append(typeOf(event), 1, "payment", payment.id(), event);
		}
	}

	/**
	 * Records money the provider confirmed in the ledger, once per (payment, provider reference, type). The same
	 * entry again is a no-op; the same entry with another amount is refused, since it can only mean a bug or tampering.
	 *
	 * @return whether the entry is new
	 */
	public boolean record(String paymentId, String providerReference, String type, long amount, String currency,
			Instant now) {
		int inserted = jdbc.sql("""
				INSERT INTO payment_transaction (payment_id, provider_reference, type, amount, currency, recorded_at)
				VALUES (:paymentId, :reference, :type, :amount, :currency, :now)
				ON CONFLICT (payment_id, provider_reference, type) DO NOTHING""")
			.param("paymentId", paymentId)
			.param("reference", providerReference)
			.param("type", type)
			.param("amount", amount)
			.param("currency", currency)
			.param("now", SqlTimestamps.utc(now))
			.update();
		if (inserted == 1) {
			return true;
		}
		long recorded = jdbc.sql("""
				SELECT amount FROM payment_transaction
				WHERE payment_id = :paymentId AND provider_reference = :reference AND type = :type""")
			.params(Map.of("paymentId", paymentId, "reference", providerReference, "type", type))
			.query(Long.class)
			.single();
		if (recorded != amount) {
			throw new LedgerConflictException(paymentId, providerReference, type, recorded, amount);
		}
		return false;
	}

	private static String typeOf(Object event) {
		if (event instanceof PaymentCaptured) {
			return PaymentCaptured.TYPE;
		}
		if (event instanceof PaymentFailed) {
			return PaymentFailed.TYPE;
		}
		throw new IllegalStateException("No event type for " + event);
	}

	private Optional<Payment> one(String sql, String value) {
		return jdbc.sql(sql).param("value", value).query(Payments::map).optional();
	}

	private static Payment map(ResultSet rs, int row) throws SQLException {
		return new Payment(rs.getString("id"), rs.getString("order_id"), rs.getString("order_number"),
				rs.getString("user_id"), rs.getString("provider"), rs.getString("provider_order_id"),
				rs.getString("provider_payment_id"), rs.getLong("amount"), rs.getString("currency"),
				PaymentStatus.valueOf(rs.getString("status")), rs.getLong("refunded_amount"),
				rs.getString("failure_reason"), rs.getInt("attempts"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, java.time.OffsetDateTime.class).toInstant();
	}
}
