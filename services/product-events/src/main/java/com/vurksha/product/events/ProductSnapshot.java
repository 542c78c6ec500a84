package com.vurksha.product.events;

import java.util.List;

/**
 * A product as it stands after a change, so consumers (search, cart) can update their copy without calling back.
 * Prices are paise; {@code gstRate} is in basis points.
 */
public record ProductSnapshot(String id, String slug, String name, String nameHi, String categoryId, String farmId,
		List<String> tags, List<String> images, String hsnCode, int gstRate, boolean active,
		List<VariantSnapshot> variants) {

	/** One pack of the product. */
	public record VariantSnapshot(String id, String label, String unit, int unitValue, long price, long mrp,
			String farmId, boolean active) {
	}
}
