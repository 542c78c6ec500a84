package com.vurksha.product.purchase;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of delivered purchases. It is filled from {@code order.order.delivered} events and never by asking the
 * order service: a review must not depend on that service being up, and an event is the order service's final word
 * that the goods reached the customer.
 */
@Repository
public class VerifiedPurchases {

	private final JdbcClient jdbc;

	VerifiedPurchases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether {@code userId} had {@code productId} delivered in any order. */
	public boolean hasBought(String userId, String productId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM verified_purchase WHERE user_id = :userId AND product_id = :productId)""")
			.param("userId", userId)
			.param("productId", productId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Records one delivered product of an order; recording it again changes nothing. A product this service does
	 * not know is skipped rather than failed: retrying the event could never make it known.
	 * @return whether the product is known (recorded now or before)
	 */
	boolean record(String userId, String productId, String orderId, Instant deliveredAt) {
		return jdbc.sql("""
				INSERT INTO verified_purchase (user_id, product_id, order_id, delivered_at)
				SELECT :userId, p.id, :orderId, :deliveredAt FROM product p WHERE p.id = :productId
				ON CONFLICT DO NOTHING""")
			.param("userId", userId)
			.param("productId", productId)
			.param("orderId", orderId)
			.param("deliveredAt", Timestamp.from(deliveredAt))
			.update() == 1 || knows(productId);
	}

	/** The product a variant belongs to, for producers that name only the variant of a line. */
	Optional<String> productOfVariant(String variantId) {
		return jdbc.sql("SELECT product_id FROM variant WHERE id = :id")
			.param("id", variantId)
			.query(String.class)
			.optional();
	}

	private boolean knows(String productId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM product WHERE id = :id)")
			.param("id", productId)
			.query(Boolean.class)
			.single();
	}
}
