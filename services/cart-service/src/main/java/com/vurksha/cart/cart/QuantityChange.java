package com.vurksha.cart.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code PUT /api/v1/cart/items/{variantId}}.
 *
 * @param quantity the units wanted; 0 removes the line
 */
record QuantityChange(@NotNull @Min(0) @Max(QuantityChange.MAX) Integer quantity) {

	/** No variant allows more per order; the variant's own limit is checked against the product service. */
	static final int MAX = 1000;
}
