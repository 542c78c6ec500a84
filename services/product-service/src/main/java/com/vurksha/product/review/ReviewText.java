package com.vurksha.product.review;

import com.vurksha.product.BadInput;

/**
 * What a reviewer says, checked: a whole number of stars, and blank comment or name meaning none.
 *
 * @param rating 1 to 5
 */
record ReviewText(int rating, String comment, String authorName) {

	/** Bean Validation has already bounded the rating to 1..5; here it must also be whole (4.0 is, 4.5 is not). */
	static ReviewText of(ReviewRequest request) {
		if (request.rating().stripTrailingZeros().scale() > 0) {
			throw BadInput.field("rating", "must be a whole number of stars");
		}
		return new ReviewText(request.rating().intValueExact(), blankToNull(request.comment()),
				blankToNull(request.authorName()));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}
}
