package com.vurksha.product.events;

/** An operator took a product off the shelf; it no longer appears in the shop and cannot be ordered. */
public record ProductDeactivated(String productId, String slug) {

	public static final String TYPE = "product.product.deactivated";
}
