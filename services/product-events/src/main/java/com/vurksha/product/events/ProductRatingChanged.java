package com.vurksha.product.events;

/**
 * A product's rating changed: a review was published, edited, hidden or shown again. {@code ratingAverage} (one
 * decimal) and {@code ratingCount} count the published reviews after the change.
 */
public record ProductRatingChanged(String productId, double ratingAverage, int ratingCount) {

	public static final String TYPE = "product.product.rating-changed";
}
