package com.vurksha.product.catalog;

import com.vurksha.product.catalog.Refs.CategoryRef;
import com.vurksha.product.catalog.Refs.Rating;

/**
 * One tile of the product list. {@code fromPrice} and {@code mrp} are those of the cheapest variant in stock (or
 * the cheapest at all when none is), in paise.
 */
public record ProductSummary(String id, String slug, String name, String nameHi, String image, CategoryRef category,
		String farmName, long fromPrice, long mrp, String fromLabel, String currency, boolean inStock, Rating rating) {
}
