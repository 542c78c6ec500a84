package com.vurksha.product.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The sum and count of a product's published ratings. Keeping the sum (not just the average) lets every change be
 * applied exactly, however many edits and hides came before, without reading all reviews again.
 */
record RatingTally(long sum, int count) {

	static final RatingTally NONE = new RatingTally(0, 0);

	RatingTally {
		if (sum < 0 || count < 0 || sum < count || sum > 5L * count) {
			throw new IllegalArgumentException("No set of 1-5 ratings has sum " + sum + " and count " + count);
		}
	}

	/**
	 * The tally once {@code before} (null for a new review) has become {@code after}: what no longer counts is taken
	 * out, what now counts is put in.
	 */
	RatingTally replacing(Review before, Review after) {
		RatingTally tally = this;
		if (before != null && before.counted()) {
			tally = new RatingTally(tally.sum - before.rating(), tally.count - 1);
		}
		if (after.counted()) {
			tally = new RatingTally(tally.sum + after.rating(), tally.count + 1);
		}
		return tally;
	}

	/** The average to one decimal, halves rounded up (4.25 shows as 4.3); 0.0 when nobody has rated. */
	BigDecimal average() {
		if (count == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
	}
}
