package com.vurksha.search.query;

import java.util.Locale;

import com.vurksha.platform.api.PageQuery;
import com.vurksha.search.BadInput;
import com.vurksha.search.index.ProductQuery;
import com.vurksha.search.index.ProductQuery.SortOrder;

/**
 * The query parameters of a search as received, checked into a {@link ProductQuery}. A search needs words (two
 * characters or more) or at least one filter; a single character is ignored when a filter is given.
 */
record SearchParameters(String q, String category, Long minPrice, Long maxPrice, Boolean inStock, Boolean organic,
		String farm, String sort) {

	static final int MAX_QUERY_LENGTH = 100;

	ProductQuery toQuery(PageQuery page) {
		String text = (q == null) ? "" : q.strip();
		if (text.length() > MAX_QUERY_LENGTH) {
			throw BadInput.field("q", "at most " + MAX_QUERY_LENGTH + " characters");
		}
		boolean filtered = blankToNull(category) != null || minPrice != null || maxPrice != null || inStock != null
				|| organic != null || blankToNull(farm) != null;
		if (text.codePointCount(0, text.length()) < 2) {
			if (!filtered) {
				throw BadInput.field("q", "type at least 2 characters, or choose a filter");
			}
			text = null;
		}
		if ((minPrice != null && minPrice < 0) || (maxPrice != null && maxPrice < 0)) {
			throw BadInput.field((minPrice != null && minPrice < 0) ? "minPrice" : "maxPrice", "must not be negative");
		}
		if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
			throw BadInput.field("maxPrice", "must not be below minPrice");
		}
		return new ProductQuery(text, blankToNull(category), minPrice, maxPrice, inStock, organic, blankToNull(farm),
				sortOrder(), page.page(), page.limit());
	}

	private SortOrder sortOrder() {
		if (sort == null || sort.isBlank()) {
			return SortOrder.RELEVANCE;
		}
		try {
			return SortOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw BadInput.field("sort", "one of relevance, price_asc, price_desc, rating, newest");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}
}
