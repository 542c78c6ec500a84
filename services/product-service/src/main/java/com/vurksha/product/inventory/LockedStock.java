package com.vurksha.product.inventory;

/** The stock row of one variant, locked by the current transaction, with the product the variant belongs to. */
public record LockedStock(String variantId, String productId, String productSlug, StockLevel level) {
}
