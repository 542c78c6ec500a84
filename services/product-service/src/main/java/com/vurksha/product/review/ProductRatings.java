package com.vurksha.product.review;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rating columns of the product row. The catalogue reads them with the product (lists, pages, the popular sort),
 * so the tally lives there rather than in a table of its own; the catalogue's own writes never touch these columns.
 * Locking the product row is also what makes review writes of one product apply one after another, so a tally is
 * never computed from a stale one.
 */
@Repository
class ProductRatings {

	/** The product a review change is about, locked, with its current tally. */
	record RatedProduct(String id, String slug, RatingTally tally) {
	}

	private final JdbcClient jdbc;

	ProductRatings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A product still sold, by id or slug, locked for the rest of the transaction. */
	Optional<RatedProduct> lockSold(String idOrSlug) {
		return lock("(id = :key OR slug = :key) AND active", idOrSlug);
	}

	/** Any product by id, sold or not: operators moderate reviews of withdrawn products too. */
	Optional<RatedProduct> lockById(String id) {
		return lock("id = :key", id);
	}

	/** The id of a product still sold, by id or slug, for reads. */
	Optional<String> soldProductId(String idOrSlug) {
		return jdbc.sql("SELECT id FROM product WHERE (id = :key OR slug = :key) AND active")
			.param("key", idOrSlug)
			.query(String.class)
			.optional();
	}

	void save(String productId, RatingTally tally) {
		jdbc.sql("UPDATE product SET rating_sum = :sum, rating_count = :count, rating_average = :average WHERE id = :id")
			.param("sum", tally.sum())
			.param("count", tally.count())
			.param("average", tally.average())
			.param("id", productId)
			.update();
	}

	private Optional<RatedProduct> lock(String where, String key) {
		return jdbc.sql("SELECT id, slug, rating_sum, rating_count FROM product WHERE " + where + " FOR UPDATE")
			.param("key", key)
			.query((rs, row) -> new RatedProduct(rs.getString("id"), rs.getString("slug"),
					new RatingTally(rs.getLong("rating_sum"), rs.getInt("rating_count"))))
			.optional();
	}
}
