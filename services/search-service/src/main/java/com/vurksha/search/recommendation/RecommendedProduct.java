package com.vurksha.search.recommendation;

import com.vurksha.search.index.IndexedProduct;

/** A product card of a recommendation; prices are paise. */
public record RecommendedProduct(String productId, String name, String nameHi, String imageUrl, long priceFrom,
		long mrpFrom, double rating, boolean inStock) {

	static RecommendedProduct of(IndexedProduct product) {
		return new RecommendedProduct(product.productId(), product.name(), product.nameHi(), product.imageUrl(),
				product.fromPack().map(IndexedProduct.Pack::price).orElse(0L),
				product.fromPack().map(IndexedProduct.Pack::mrp).orElse(0L), product.rating(), product.inStock());
	}
}
