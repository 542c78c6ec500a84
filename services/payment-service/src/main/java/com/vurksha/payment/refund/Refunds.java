package com.vurksha.payment.refund;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.platform.jdbc.SqlTimestamps;

/** The stored refunds. */
@Repository
class Refunds {

	private static final String COLUMNS = """
			id, payment_id, request_key, amount, reason, status, provider_refund_id, created_at, updated_at""";

	private final JdbcClient jdbc;

	Refunds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Refund refund) {
		jdbc.sql("""
				INSERT INTO refund (id, payment_id, request_key, amount, reason, status, created_at, updated_at)
				VALUES (:id, :paymentId, :key, :amount, :reason, :status, :now, :now)""")
			.param("id", refund.id())
			.param("paymentId", refund.paymentId())
			.param("key", refund.requestKey())
			.param("amount", refund.amount())
			.param("reason", refund.reason())
			.param("status", refund.status().name())
			.param("now", SqlTimestamps.utc(refund.createdAt()))
			.update();
	}

	void save(Refund refund) {
		jdbc.sql("""
				UPDATE refund SET status = :status, provider_refund_id = :providerRefundId, updated_at = :now
				WHERE id = :id""")
			.param("status", refund.status().name())
			.param("providerRefundId", refund.providerRefundId())
			.param("now", SqlTimestamps.utc(refund.updatedAt()))
			.param("id", refund.id())
			.update();
	}

	Optional<Refund> byKey(String paymentId, String requestKey) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM refund WHERE payment_id = :paymentId AND request_key = :key")
			.param("paymentId", paymentId)
			.param("key", requestKey)
			.query(Refunds::map)
			.optional();
	}

	/** By the provider's id, or by ours when the provider echoes it back in the refund's notes. */
	Optional<Refund> reported(String providerRefundId, String ourRefundId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM refund WHERE provider_refund_id = :providerId OR id = :ourId")
			.param("providerId", providerRefundId)
			.param("ourId", ourRefundId)
			.query(Refunds::map)
			.optional();
	}

	/** What the payment's refunds in the given states add up to. */
	long total(String paymentId, RefundStatus... states) {
		return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM refund WHERE payment_id = :paymentId "
				+ "AND status IN (:states)")
			.param("paymentId", paymentId)
			.param("states", java.util.Arrays.stream(states).map(Enum::name).toList())
			.query(Long.class)
			.single();
	}

	private static Refund map(ResultSet rs, int row) throws SQLException {
		return new Refund(rs.getString("id"), rs.getString("payment_id"), rs.getString("request_key"),
				rs.getLong("amount"), rs.getString("reason"), RefundStatus.valueOf(rs.getString("status")),
				rs.getString("provider_refund_id"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}
}
