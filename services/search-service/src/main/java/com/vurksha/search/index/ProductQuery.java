package com.vurksha.search.index;

/**
 * A search as customers ask it. {@code text} may be null when only filters are given; every filter is optional.
 * Prices are paise; {@code page} counts from 1.
 */
public record ProductQuery(String text, String category, Long minPrice, Long maxPrice, Boolean inStock,
		Boolean organic, String farm, SortOrder sort, int page, int limit) {

	/** How hits are ordered; in every order, products that can be bought come before those sold out. */
	public enum SortOrder {
		RELEVANCE, PRICE_ASC, PRICE_DESC, RATING, NEWEST
	}
}
