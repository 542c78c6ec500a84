package com.vurksha.product.events;

/**
 * A customer created or edited their review of a product. {@code edited} is false for the first version;
 * {@code published} says whether it shows (an edit of a hidden review stays hidden). {@code ratingAverage} and
 * {@code ratingCount} are the product's rating after the change.
 */
public record ReviewSubmitted(String reviewId, String productId, String userId, int rating, boolean edited,
		boolean published, double ratingAverage, int ratingCount) {

	public static final String TYPE = "product.review.submitted";
}
