package com.vurksha.search.support;

import java.util.List;
import java.util.UUID;

import com.vurksha.product.events.ProductSnapshot;
import com.vurksha.product.events.ProductSnapshot.VariantSnapshot;

/** Test products as the product service's events describe them. */
public final class Catalogue {

	private Catalogue() {
	}

	public static String id(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public static ProductSnapshot product(String id, String name, String nameHi, String categoryId, String farmId,
			List<String> tags, VariantSnapshot... packs) {
		return new ProductSnapshot(id, id, name, nameHi, categoryId, farmId, tags,
				List.of("https://images.example/" + id + ".jpg"), "0701", 0, true, List.of(packs));
	}

	/** An active pack; {@code unit} as the product service names it (KG, G, DOZEN…). */
	public static VariantSnapshot pack(String id, String label, String unit, int value, long price) {
		return new VariantSnapshot(id, label, unit, value, price, price + price / 5, null, true);
	}

	public static ProductSnapshot hidden(ProductSnapshot product) {
		return new ProductSnapshot(product.id(), product.slug(), product.name(), product.nameHi(),
				product.categoryId(), product.farmId(), product.tags(), product.images(), product.hsnCode(),
				product.gstRate(), false, product.variants());
	}

	public static ProductSnapshot renamed(ProductSnapshot product, String name) {
		return new ProductSnapshot(product.id(), product.slug(), name, product.nameHi(), product.categoryId(),
				product.farmId(), product.tags(), product.images(), product.hsnCode(), product.gstRate(),
				product.active(), product.variants());
	}
}
