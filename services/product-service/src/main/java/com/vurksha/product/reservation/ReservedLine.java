package com.vurksha.product.reservation;

/**
 * One reserved line with the catalogue snapshot the order prices and stores: names, pack, grower, prices in paise
 * (GST-inclusive), GST rate in basis points and HSN code, as they were when the packs were reserved.
 */
public record ReservedLine(String variantId, String productId, String productName, String productNameHi,
		String variantLabel, String unit, int unitValue, String farmId, String farmName, long price, long mrp,
		int gstRateBp, String hsnCode, int quantity) {
}
