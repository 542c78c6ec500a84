package com.vurksha.product.review;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.error.ApiException;
import com.vurksha.product.ProductErrorCode;
import com.vurksha.product.review.ProductRatings.RatedProduct;

/** Operators show or hide reviews; the product's rating follows in the same transaction. */
@Service
class ReviewModeration {

	private final Reviews reviews;

	private final ProductRatings ratings;

	private final ReviewChanges changes;

	private final Clock clock;

	ReviewModeration(Reviews reviews, ProductRatings ratings, ReviewChanges changes, Clock clock) {
		this.reviews = reviews;
		this.ratings = ratings;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * Sets a review's status; setting the status it already has changes nothing. The review is read again once its
	 * product is locked, so an edit committed meanwhile is neither lost nor counted twice.
	 */
	@Transactional
	Review setStatus(String reviewId, ReviewStatus status) {
		Review found = find(reviewId);
		RatedProduct product = ratings.lockById(found.productId()).orElseThrow();
		Review before = find(reviewId);
		if (before.status() == status) {
			return before;
		}
		Review after = before.withStatus(status, clock.instant());
		changes.apply(product, before, after);
		return after;
	}

	private Review find(String reviewId) {
		return reviews.byId(reviewId)
			.orElseThrow(() -> new ApiException(ProductErrorCode.REVIEW_NOT_FOUND, "Review " + reviewId + " does not exist"));
	}
}
