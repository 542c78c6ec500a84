package com.vurksha.product.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.platform.api.PageQuery;

/** Stores reviews. Writers hold the product's row lock (see {@link ProductRatings}), so reads here need none. */
@Repository
class Reviews {

	private final JdbcClient jdbc;

	Reviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Review> byId(String id) {
		return jdbc.sql("SELECT * FROM review WHERE id = :id").param("id", id).query((rs, row) -> review(rs)).optional();
	}

	Optional<Review> byAuthor(String productId, String userId) {
		return jdbc.sql("SELECT * FROM review WHERE product_id = :productId AND user_id = :userId")
			.param("productId", productId)
			.param("userId", userId)
			.query((rs, row) -> review(rs))
			.optional();
	}

	/** Published reviews of a product, newest first; the id breaks ties so pages never overlap. */
	List<Review> published(String productId, PageQuery page) {
		return jdbc.sql("""
				SELECT * FROM review WHERE product_id = :productId AND status = 'PUBLISHED'
				ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
			.param("productId", productId)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query((rs, row) -> review(rs))
			.list();
	}

	long countPublished(String productId) {
		return jdbc.sql("SELECT count(*) FROM review WHERE product_id = :productId AND status = 'PUBLISHED'")
			.param("productId", productId)
			.query(Long.class)
			.single();
	}

	void insert(Review review) {
		jdbc.sql("""
				INSERT INTO review (id, product_id, user_id, rating, comment, author_name, status, created_at, updated_at)
				VALUES (:id, :productId, :userId, :rating, :comment, :authorName, :status, :createdAt, :updatedAt)""")
			.param("id", review.id())
			.param("productId", review.productId())
			.param("userId", review.userId())
			.param("rating", review.rating())
			.param("comment", review.comment())
			.param("authorName", review.authorName())
			.param("status", review.status().name())
			.param("createdAt", Timestamp.from(review.createdAt()))
			.param("updatedAt", Timestamp.from(review.updatedAt()))
			.update();
	}

	void update(Review review) {
		jdbc.sql("""
				UPDATE review SET rating = :rating, comment = :comment, author_name = :authorName, status = :status,
				       updated_at = :updatedAt
				WHERE id = :id""")
			.param("id", review.id())
			.param("rating", review.rating())
			.param("comment", review.comment())
			.param("authorName", review.authorName())
			.param("status", review.status().name())
			.param("updatedAt", Timestamp.from(review.updatedAt()))
			.update();
	}

	private static Review review(ResultSet rs) throws SQLException {
		return new Review(rs.getString("id"), rs.getString("product_id"), rs.getString("user_id"), rs.getInt("rating"),
				rs.getString("comment"), rs.getString("author_name"), ReviewStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}
}
