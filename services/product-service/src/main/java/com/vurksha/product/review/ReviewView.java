package com.vurksha.product.review;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A review as answered. Every review is from a verified purchase, so {@code verifiedPurchase} is always true; it is
 * there for the app to badge. {@code status} is shown only to the author and to operators: the public list holds
 * published reviews alone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReviewView(String id, String productId, int rating, String comment, String authorName,
		boolean verifiedPurchase, ReviewStatus status, Instant createdAt, Instant updatedAt) {

	static ReviewView shown(Review review) {
		return new ReviewView(review.id(), review.productId(), review.rating(), review.comment(), review.authorName(),
				true, null, review.createdAt(), review.updatedAt());
	}

	static ReviewView owned(Review review) {
		return new ReviewView(review.id(), review.productId(), review.rating(), review.comment(), review.authorName(),
				true, review.status(), review.createdAt(), review.updatedAt());
	}
}
