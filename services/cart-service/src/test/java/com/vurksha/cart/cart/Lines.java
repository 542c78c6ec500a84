package com.vurksha.cart.cart;

import java.time.Instant;

import com.vurksha.cart.catalogue.CatalogueVariant;

/** Test data for the cart's rules and pricing, named after what it is. */
final class Lines {

	static final Instant MORNING = Instant.parse("2026-11-25T04:30:00Z");

	private Lines() {
	}

	/** A sold variant with 100 in stock and at most 10 per order. */
	static CatalogueVariant variant(String id, long price) {
		return new CatalogueVariant(id, "prod-" + id, "Tomato " + id, "1 kg", "KG", 1L, price, price + 500, 100, true,
				10, true, null, 500, 1, 1);
	}

	/** The variant sold at least {@code min} at a time, in steps of {@code step}. */
	static CatalogueVariant soldInSteps(CatalogueVariant v, int min, int step) {
		return new CatalogueVariant(v.variantId(), v.productId(), v.productName(), v.variantLabel(), v.unit(),
				v.unitValue(), v.price(), v.mrp(), v.available(), v.inStock(), v.maxPerOrder(), v.active(),
				v.imageUrl(), v.gstRateBp(), min, step);
	}

	static CatalogueVariant withPrice(CatalogueVariant v, long price) {
		return new CatalogueVariant(v.variantId(), v.productId(), v.productName(), v.variantLabel(), v.unit(),
				v.unitValue(), price, v.mrp(), v.available(), v.inStock(), v.maxPerOrder(), v.active(), v.imageUrl(),
				v.gstRateBp(), v.minQuantity(), v.stepQuantity());
	}

	static CatalogueVariant withStock(CatalogueVariant v, int available) {
		return new CatalogueVariant(v.variantId(), v.productId(), v.productName(), v.variantLabel(), v.unit(),
				v.unitValue(), v.price(), v.mrp(), available, available > 0, v.maxPerOrder(), v.active(),
				v.imageUrl(), v.gstRateBp(), v.minQuantity(), v.stepQuantity());
	}

	static CatalogueVariant withMaxPerOrder(CatalogueVariant v, int max) {
		return new CatalogueVariant(v.variantId(), v.productId(), v.productName(), v.variantLabel(), v.unit(),
				v.unitValue(), v.price(), v.mrp(), v.available(), v.inStock(), max, v.active(), v.imageUrl(),
				v.gstRateBp(), v.minQuantity(), v.stepQuantity());
	}

	static CatalogueVariant retired(CatalogueVariant v) {
		return new CatalogueVariant(v.variantId(), v.productId(), v.productName(), v.variantLabel(), v.unit(),
				v.unitValue(), v.price(), v.mrp(), v.available(), v.inStock(), v.maxPerOrder(), false, v.imageUrl(),
				v.gstRateBp(), v.minQuantity(), v.stepQuantity());
	}

	/** A line of {@code quantity} units of the variant, as the cart saw it when it was added at {@code addedAt}. */
	static StoredLine lineOf(CatalogueVariant seen, int quantity, Instant addedAt) {
		return new StoredLine(seen.variantId(), quantity, LineSnapshot.of(seen, addedAt));
	}

	static StoredLine lineOf(CatalogueVariant seen, int quantity) {
		return lineOf(seen, quantity, MORNING);
	}
}
