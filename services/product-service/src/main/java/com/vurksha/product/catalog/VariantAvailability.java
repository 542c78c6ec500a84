package com.vurksha.product.catalog;

/**
 * A variant as carts and checkouts see it: the authoritative current price (paise, GST-inclusive) and stock.
 * {@code active} is false when the variant or its product was withdrawn; {@code inStock} needs an active variant
 * with at least its minimum quantity available.
 */
public record VariantAvailability(String variantId, String productId, String productName, String variantLabel,
		Unit unit, int unitValue, long price, long mrp, String currency, int available, boolean inStock,
		int minQuantity, int stepQuantity, int maxPerOrder, boolean active, String imageUrl, int gstRateBp) {
}
