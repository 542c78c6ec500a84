package com.vurksha.cart.cart;

import java.time.Instant;

import com.vurksha.cart.catalogue.CatalogueVariant;

/**
 * What the cart last saw of a line's variant, kept next to the quantity so that the cart can tell a price change
 * and still answer with the last known price while the product service is down.
 *
 * @param addedAt when the line entered the cart; lines are listed in this order
 */
public record LineSnapshot(String productId, String productName, String variantLabel, String imageUrl,
		long unitPrice, long mrp, boolean inStock, int available, int maxPerOrder, Instant addedAt) {

	static LineSnapshot of(CatalogueVariant variant, Instant addedAt) {
		return new LineSnapshot(variant.productId(), variant.productName(), variant.variantLabel(), variant.imageUrl(),
				variant.price(), variant.mrp(), variant.inStock() && variant.available() > 0, variant.available(),
				variant.maxPerOrder(), addedAt);
	}

	/** This snapshot, marked as not orderable now. */
	LineSnapshot outOfStock() {
		return new LineSnapshot(productId, productName, variantLabel, imageUrl, unitPrice, mrp, false, available,
				maxPerOrder, addedAt);
	}

	/** The same line as the product service describes it now; the time it was added does not change. */
	LineSnapshot seenAgain(CatalogueVariant variant) {
		return of(variant, addedAt);
	}
}
