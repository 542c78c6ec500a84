package com.vurksha.product.catalog;

import com.vurksha.product.catalog.Refs.GrowerRef;

/**
 * One pack a product is sold in. Prices are paise; {@code pricePerKg} or {@code pricePerLitre} is set for
 * weighed or measured goods and null otherwise. Quantities count packs.
 */
public record VariantView(String id, String label, Unit unit, int unitValue, long price, long mrp, String currency,
		int discountPercent, Long pricePerKg, Long pricePerLitre, int minQuantity, int stepQuantity, int maxPerOrder,
		boolean inStock, boolean active, GrowerRef farm) {
}
