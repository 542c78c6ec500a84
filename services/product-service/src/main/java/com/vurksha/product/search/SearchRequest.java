package com.vurksha.product.search;

import com.vurksha.product.BadInput;

/**
 * A validated search: the text (may be null when a filter narrows the list instead) and the filters of the public
 * search call. Category and farm accept an id or a slug; prices are paise of the "from" pack; {@code organic} means
 * tagged organic or grown by a certified organic farm. Null means "any".
 */
record SearchRequest(String text, String category, Long minPrice, Long maxPrice, Boolean inStock, Boolean organic,
		String farm, SearchSort sort) {

	static final int MIN_TEXT = 2;

	static final int MAX_TEXT = 100;

	/**
	 * Refuses what cannot be searched: no text (or one character) and no filter would list the whole shop, a text
	 * over {@value #MAX_TEXT} characters is not a search, and prices must be a non-negative range.
	 */
	static SearchRequest of(String q, String category, Long minPrice, Long maxPrice, Boolean inStock, Boolean organic,
			String farm, String sort) {
		String text = (q == null || q.isBlank()) ? null : q.strip();
		int length = (text == null) ? 0 : text.codePointCount(0, text.length());
		String categoryOrNull = blankToNull(category);
		String farmOrNull = blankToNull(farm);
		boolean filtered = categoryOrNull != null || farmOrNull != null || minPrice != null || maxPrice != null
				|| inStock != null || organic != null;
		if (length < MIN_TEXT && !filtered) {
			throw BadInput.field("q", "type at least " + MIN_TEXT + " characters, or choose a filter");
		}
		if (length > MAX_TEXT) {
			throw BadInput.field("q", "at most " + MAX_TEXT + " characters, not " + length);
		}
		requireNotNegative("minPrice", minPrice);
		requireNotNegative("maxPrice", maxPrice);
		if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
			throw BadInput.field("minPrice", "must not be above maxPrice");
		}
		return new SearchRequest(text, categoryOrNull, minPrice, maxPrice, inStock, organic, farmOrNull,
				SearchSort.parse(sort));
	}

	SearchWords words() {
		return SearchWords.of(text);
	}

	private static void requireNotNegative(String field, Long paise) {
		if (paise != null && paise < 0) {
			throw BadInput.field(field, "must be 0 or more paise");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}
}
