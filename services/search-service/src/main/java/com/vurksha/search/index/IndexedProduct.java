package com.vurksha.search.index;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A product as the index holds it. Only products customers may see are indexed: a hidden or deactivated product is
 * removed. {@code categoryPath} is its category with the ancestors (a filter by any of them finds it);
 * {@code organic} is true for a certified-organic farm or an "organic" tag. Prices are paise.
 */
public record IndexedProduct(String productId, String slug, String name, String nameHi, String categoryId,
		String categoryName, String categoryNameHi, List<String> categoryPath, String farmId, String farmName, boolean organic, List<String> tags,
		String imageUrl, List<Pack> packs, double rating, int ratingCount, Instant createdAt) {

	public IndexedProduct {
		tags = (tags == null) ? List.of() : List.copyOf(tags);
		categoryPath = (categoryPath == null || categoryPath.isEmpty())
				? ((categoryId == null) ? List.of() : List.of(categoryId)) : List.copyOf(categoryPath);
		packs = (packs == null) ? List.of() : List.copyOf(packs);
	}

	/**
	 * One pack on sale: its label ("500 g"), price and MRP in paise, and how many can be sold: as of the last
	 * rebuild or the last time the pack sold out or came back (the index follows only whether it can be bought).
	 */
	public record Pack(String variantId, String label, long price, long mrp, int available) {

		public boolean inStock() {
			return available > 0;
		}
	}

	/** Whether any pack can be bought now. */
	public boolean inStock() {
		return packs.stream().anyMatch(Pack::inStock);
	}

	/** The pack the product is shown "from": the cheapest in stock, else the cheapest. */
	public Optional<Pack> fromPack() {
		return packs.stream()
			.min(Comparator.comparing((Pack pack) -> !pack.inStock()).thenComparingLong(Pack::price));
	}

	public IndexedProduct withPacks(List<Pack> changed) {
		return new IndexedProduct(productId, slug, name, nameHi, categoryId, categoryName, categoryNameHi,
				categoryPath, farmId, farmName, organic, tags, imageUrl, changed, rating, ratingCount, createdAt);
	}

	public IndexedProduct withRating(double average, int count) {
		return new IndexedProduct(productId, slug, name, nameHi, categoryId, categoryName, categoryNameHi,
				categoryPath, farmId, farmName, organic, tags, imageUrl, packs, average, count, createdAt);
	}
}
