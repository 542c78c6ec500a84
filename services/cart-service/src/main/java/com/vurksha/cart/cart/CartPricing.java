package com.vurksha.cart.cart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vurksha.cart.catalogue.CatalogueVariant;
import com.vurksha.cart.cart.CartWarning.Code;

/**
 * Prices a stored cart. With the product service's current answer each line gets the current price and stock;
 * a line whose quantity no longer fits its stock or limit is reduced, and every difference from what the cart last
 * saw becomes a warning. Without an answer the cart is priced from what it last saw, with a warning saying so.
 */
public final class CartPricing {

	private static final Comparator<StoredLine> ADDED_ORDER = Comparator
		.comparing((StoredLine line) -> line.seen().addedAt())
		.thenComparing(StoredLine::variantId);

	private CartPricing() {
	}

	/**
	 * @param current the product service's answer for the lines' variants; a variant it did not mention is not
	 * sold any more
	 */
	public static Priced current(List<StoredLine> lines, Map<String, CatalogueVariant> current) {
		Tally tally = new Tally();
		Map<String, StoredLine> changed = new LinkedHashMap<>();
		for (StoredLine line : sorted(lines)) {
			CatalogueVariant variant = current.get(line.variantId());
			StoredLine updated = (variant == null || !variant.active()) ? unavailable(line, tally)
					: priced(line, variant, tally);
			if (!updated.equals(line)) {
				changed.put(line.variantId(), updated);
			}
		}
		return new Priced(tally.view(), List.copyOf(changed.values()));
	}

	/** The cart from what it last saw, for when the product service cannot answer. */
	public static Priced lastKnown(List<StoredLine> lines) {
		Tally tally = new Tally();
		for (StoredLine line : sorted(lines)) {
			LineSnapshot seen = line.seen();
			tally.add(line, seen.unitPrice(), seen.mrp(), seen.inStock(), seen.available(), line.quantity());
		}
		if (!lines.isEmpty()) {
			tally.warn(Code.PRICES_MAY_BE_STALE, null,
					"Prices and stock could not be checked just now; these are the last known ones");
		}
		return new Priced(tally.view(), List.of());
	}

	private static StoredLine unavailable(StoredLine line, Tally tally) {
		LineSnapshot seen = line.seen();
		tally.add(line, seen.unitPrice(), seen.mrp(), false, 0, line.quantity());
		tally.warn(Code.UNAVAILABLE, line.variantId(), seen.productName() + " is no longer sold");
		return line;
	}

	private static StoredLine priced(StoredLine line, CatalogueVariant variant, Tally tally) {
		LineSnapshot before = line.seen();
		LineSnapshot now = before.seenAgain(variant);
		int quantity = line.quantity();
		int allowed = variant.largestAllowedWithin(Math.max(0, variant.available()));
		if (!now.inStock() || allowed == 0) {
			now = now.outOfStock();
			tally.warn(Code.OUT_OF_STOCK, line.variantId(), variant.productName() + " is out of stock");
		}
		else {
			int fitting = fitting(variant, quantity, allowed);
			if (fitting != quantity) {
				tally.warn(Code.QUANTITY_REDUCED, line.variantId(), variant.productName() + " can be ordered "
						+ fitting + " at a time now; the quantity was changed from " + quantity);
				quantity = fitting;
			}
		}
		if (before.unitPrice() != variant.price()) {
			tally.warn(Code.PRICE_CHANGED, line.variantId(), variant.productName() + " now costs "
					+ rupees(variant.price()) + " (was " + rupees(before.unitPrice()) + ")");
		}
		StoredLine updated = new StoredLine(line.variantId(), quantity, now);
		tally.add(updated, variant.price(), variant.mrp(), now.inStock(), Math.max(0, variant.available()), quantity);
		return updated;
	}

	/**
	 * The quantity itself when the variant's rules and its stock allow it, else the largest below it that they allow
	 * (the variant's minimum at least).
	 *
	 * @param allowed the largest quantity the stock allows, at least the variant's minimum
	 */
	static int fitting(CatalogueVariant variant, int quantity, int allowed) {
		if (variant.allows(quantity) && quantity <= allowed) {
			return quantity;
		}
		return Math.max(variant.minQuantity(), Math.min(variant.largestAllowedWithin(quantity), allowed));
	}

	static String rupees(long paise) {
		return String.format("₹%d.%02d", paise / 100, paise % 100);
	}

	private static List<StoredLine> sorted(List<StoredLine> lines) {
		return lines.stream().sorted(ADDED_ORDER).toList();
	}

	/**
	 * @param changes lines whose stored quantity or snapshot should be replaced by these
	 */
	public record Priced(CartView view, List<StoredLine> changes) {
	}

	/** Adds up items, units, subtotal and warnings while the lines are priced. */
	private static final class Tally {

		private final List<CartItem> items = new ArrayList<>();

		private final List<CartWarning> warnings = new ArrayList<>();

		private int units;

		private long subtotal;

		void add(StoredLine line, long unitPrice, long mrp, boolean inStock, int available, int quantity) {
			LineSnapshot seen = line.seen();
			long lineTotal = unitPrice * quantity;
			items.add(new CartItem(line.variantId(), seen.productId(), seen.productName(), seen.variantLabel(),
					seen.imageUrl(), quantity, unitPrice, mrp, lineTotal, inStock, available));
			units += quantity;
			if (inStock) {
				subtotal += lineTotal;
			}
		}

		void warn(Code code, String variantId, String message) {
			warnings.add(new CartWarning(code, variantId, message));
		}

		CartView view() {
			return new CartView(items, units, subtotal, CartView.CURRENCY, warnings);
		}
	}
}
