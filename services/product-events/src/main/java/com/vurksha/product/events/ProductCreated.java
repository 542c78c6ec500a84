package com.vurksha.product.events;

/** An operator added a product to the catalogue. */
public record ProductCreated(ProductSnapshot product) {

	public static final String TYPE = "product.product.created";
}
