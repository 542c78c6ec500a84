package com.vurksha.product.review;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.error.ApiException;
import com.vurksha.product.ProductErrorCode;
import com.vurksha.product.publication.CatalogueEvents;
import com.vurksha.product.events.ReviewSubmitted;
import com.vurksha.product.review.ProductRatings.RatedProduct;

/** A customer's review, created or edited, with the product's rating and an event following in one transaction. */
@Service
class ReviewSubmission {

	/** The review as stored, and whether this call created it (rather than editing the caller's earlier one). */
	record Submitted(Review review, boolean created) {
	}

	private final ProductRatings ratings;

	private final ReviewRules rules;

	private final Reviews reviews;

	private final ReviewChanges changes;

	private final CatalogueEvents events;

	private final Clock clock;

	ReviewSubmission(ProductRatings ratings, ReviewRules rules, Reviews reviews, ReviewChanges changes,
			CatalogueEvents events, Clock clock) {
		this.ratings = ratings;
		this.rules = rules;
		this.reviews = reviews;
		this.changes = changes;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Submitted submit(String productIdOrSlug, String userId, ReviewText text) {
		RatedProduct product = ratings.lockSold(productIdOrSlug)
			.orElseThrow(() -> new ApiException(ProductErrorCode.PRODUCT_NOT_FOUND,
					"Product " + productIdOrSlug + " does not exist"));
		rules.check(userId, product.id(), text);
		Review before = reviews.byAuthor(product.id(), userId).orElse(null);
		Review after = (before == null) ? Review.first(product.id(), userId, text, clock.instant())
				: before.editedTo(text, clock.instant());
		RatingTally tally = changes.apply(product, before, after);
		events.reviewSubmitted(new ReviewSubmitted(after.id(), product.id(), userId, after.rating(), before != null,
				after.counted(), tally.average().doubleValue(), tally.count()));
		return new Submitted(after, before == null);
	}
}
