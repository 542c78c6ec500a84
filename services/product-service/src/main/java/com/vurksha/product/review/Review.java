package com.vurksha.product.review;

import java.time.Instant;
import java.util.UUID;

/**
 * One customer's review of one product. Its author is fixed at creation and is always the signed-in caller; an
 * edit changes only what was said, never who said it or whether an operator hid it.
 */
record Review(String id, String productId, String userId, int rating, String comment, String authorName,
		ReviewStatus status, Instant createdAt, Instant updatedAt) {

	/** A new review is published at once: it passed the purchase and language checks before it got here. */
	static Review first(String productId, String userId, ReviewText text, Instant at) {
		return new Review(UUID.randomUUID().toString(), productId, userId, text.rating(), text.comment(),
				text.authorName(), ReviewStatus.PUBLISHED, at, at);
	}

	/** The same review saying something else; a hidden review stays hidden until an operator publishes it. */
	Review editedTo(ReviewText text, Instant at) {
		return new Review(id, productId, userId, text.rating(), text.comment(), text.authorName(), status, createdAt,
				at);
	}

	Review withStatus(ReviewStatus newStatus, Instant at) {
		return new Review(id, productId, userId, rating, comment, authorName, newStatus, createdAt, at);
	}

	/** Only published reviews count towards the product's rating. */
	boolean counted() {
		return status == ReviewStatus.PUBLISHED;
	}
}
