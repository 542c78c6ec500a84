package com.vurksha.search.recommendation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Co-purchase counts per product pair and purchase counts per customer and product, from delivered orders. */
@Repository
class PurchaseCounts {

	private final JdbcClient jdbc;

	PurchaseCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts one delivered order: each pair of its products once, in both directions, and each product for the customer. */
	void count(String userId, Set<String> products, Instant deliveredAt) {
		for (String product : products) {
			for (String other : products) {
				if (!product.equals(other)) {
					jdbc.sql("""
							INSERT INTO co_purchase (product_id, other_id, orders) VALUES (:product, :other, 1)
							ON CONFLICT (product_id, other_id) DO UPDATE SET orders = co_purchase.orders + 1""")
						.param("product", product)
						.param("other", other)
						.update();
				}
			}
			if (userId != null) {
				jdbc.sql("""
						INSERT INTO customer_purchase (user_id, product_id, orders, last_bought)
						VALUES (:userId, :product, 1, :at)
						ON CONFLICT (user_id, product_id) DO UPDATE SET orders = customer_purchase.orders + 1,
						    last_bought = greatest(customer_purchase.last_bought, EXCLUDED.last_bought)""")
					.param("userId", userId)
					.param("product", product)
					.param("at", Timestamp.from(deliveredAt))
					.update();
			}
		}
	}

	/** The products most often bought with this one, most orders first. */
	List<String> boughtWith(String productId, int limit) {
		return jdbc.sql("""
				SELECT other_id FROM co_purchase WHERE product_id = :productId
				ORDER BY orders DESC, other_id LIMIT :limit""")
			.param("productId", productId)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/** The customer's products, most often ordered first, then most recently. */
	List<String> boughtBy(String userId, int limit) {
		return jdbc.sql("""
				SELECT product_id FROM customer_purchase WHERE user_id = :userId
				ORDER BY orders DESC, last_bought DESC, product_id LIMIT :limit""")
			.param("userId", userId)
			.param("limit", limit)
			.query(String.class)
			.list();
	}
}
