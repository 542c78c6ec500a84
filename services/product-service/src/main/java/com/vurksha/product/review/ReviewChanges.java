package com.vurksha.product.review;

import org.springframework.stereotype.Component;

import com.vurksha.product.cache.CatalogueCache;
import com.vurksha.product.events.ProductRatingChanged;
import com.vurksha.product.publication.CatalogueEvents;
import com.vurksha.product.review.ProductRatings.RatedProduct;

/**
 * Writes a review change together with what follows from it, in the caller's transaction: the product's tally, a
 * {@code product.product.rating-changed} event when the tally moved (a submission, an edit, or an operator hiding or
 * showing a review), and after commit the product's cached pages and lists evicted, so the new rating shows (and
 * their ETags change) at once rather than when the cache entries expire.
 */
@Component
class ReviewChanges {

	private final Reviews reviews;

	private final ProductRatings ratings;

	private final CatalogueCache cache;

	private final CatalogueEvents events;

	ReviewChanges(Reviews reviews, ProductRatings ratings, CatalogueCache cache, CatalogueEvents events) {
		this.reviews = reviews;
		this.ratings = ratings;
		this.cache = cache;
		this.events = events;
	}

	/**
	 * Stores {@code after}, which replaces {@code before} (null when new), and re-tallies the locked product.
	 * @return the product's tally after the change
	 */
	RatingTally apply(RatedProduct product, Review before, Review after) {
		if (before == null) {
			reviews.insert(after);
		}
		else {
			reviews.update(after);
		}
		RatingTally tally = product.tally().replacing(before, after);
		ratings.save(product.id(), tally);
		cache.evictProductAfterCommit(product.id(), product.slug());
		if (!tally.equals(product.tally())) {
			events.productRatingChanged(
					new ProductRatingChanged(product.id(), tally.average().doubleValue(), tally.count()));
		}
		return tally;
	}
}
