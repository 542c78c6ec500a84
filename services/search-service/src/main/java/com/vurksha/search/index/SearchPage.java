package com.vurksha.search.index;

import java.util.List;
import java.util.Map;

/** One page of hits, with the facets of everything that matched and the total count. */
public record SearchPage(List<Hit> hits, Facets facets, long total) {

	/**
	 * A product found. {@code highlight} is the name with the matched words in {@code <em>}, or null when the match
	 * was not in the name (a synonym, the category).
	 */
	public record Hit(String productId, String name, String nameHi, String imageUrl, long priceFrom, long mrpFrom,
			double rating, boolean inStock, String highlight) {
	}

	/**
	 * Counts of the matching products by category, price band (paise; {@code to} exclusive, null when open), organic
	 * ({@code "true"}/{@code "false"}) and farm.
	 */
	public record Facets(List<Bucket> categories, List<PriceRange> priceRanges, Map<String, Long> organic,
			List<Bucket> farms) {

		public static Facets none() {
			return new Facets(List.of(), List.of(), Map.of(), List.of());
		}
	}

	/** A category or farm with the number of matching products. */
	public record Bucket(String id, String name, long count) {
	}

	/** A price band with the number of matching products. */
	public record PriceRange(Long from, Long to, long count) {
	}
}
