package com.vurksha.product.catalog;

import java.time.Instant;
import java.util.List;

import com.vurksha.product.catalog.Refs.CategoryRef;
import com.vurksha.product.catalog.Refs.FarmRef;
import com.vurksha.product.catalog.Refs.Rating;

/**
 * A product page: the product, its farm and category, and every pack it is sold in. {@code gstRate} is in basis
 * points (500 = 5 %), as GST returns need it.
 */
public record ProductDetail(String id, String slug, String name, String nameHi, String description,
		CategoryRef category, FarmRef farm, List<String> tags, List<String> images, String hsnCode, int gstRate,
		boolean active, boolean inStock, int popularity, Rating rating, String currency, Instant createdAt,
		List<VariantView> variants) {

	/** The same product sold in the given packs; it is in stock when any active pack is. */
	ProductDetail withVariants(List<VariantView> packs) {
		boolean anyInStock = packs.stream().anyMatch(v -> v.active() && v.inStock());
		return new ProductDetail(id, slug, name, nameHi, description, category, farm, tags, images, hsnCode, gstRate,
				active, anyInStock, popularity, rating, currency, createdAt, List.copyOf(packs));
	}
}
