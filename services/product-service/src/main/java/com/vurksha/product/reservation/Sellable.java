package com.vurksha.product.reservation;

import com.vurksha.product.catalog.Measure;
import com.vurksha.product.catalog.Unit;

/**
 * A variant as a checkout sees it: what the reserved line snapshots, and whether and how many packs may be sold.
 * {@code active} is false when either the variant or its product was withdrawn.
 */
record Sellable(String variantId, String productId, String productName, String productNameHi, Unit unit,
		int unitValue, String farmId, String farmName, long price, long mrp, int gstRateBp, String hsnCode,
		PackQuantity packQuantity, boolean active) {

	ReservedLine reserve(int quantity) {
		return new ReservedLine(variantId, productId, productName, productNameHi,
				new Measure(unit, unitValue).label(), unit.name(), unitValue, farmId, farmName, price, mrp, gstRateBp,
				hsnCode, quantity);
	}
}
