package com.vurksha.order.order;

/** An ordered variant with a snapshot of what it was when ordered, so later catalogue edits do not change it. */
public record OrderLine(String variantId, String productId, String productName, String productNameHi,
		String variantLabel, String unit, Integer unitValue, String farmId, String farmName, long unitPrice, Long mrp,
		int quantity, long lineTotal, int gstRateBp, String hsnCode, long tax) {
}
