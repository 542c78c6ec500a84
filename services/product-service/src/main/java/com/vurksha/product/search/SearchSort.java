package com.vurksha.product.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vurksha.product.BadInput;

/**
 * The orders of a search answer, as named on the wire ({@code sort=price_asc}); the search service takes the same
 * names. Whatever the order, products that can be bought now come before sold-out ones.
 */
enum SearchSort {

	RELEVANCE("relevance.score DESC, p.popularity DESC, p.id"),
	PRICE_ASC("cheapest.price_paise ASC, p.id"),
	PRICE_DESC("cheapest.price_paise DESC, p.id"),
	RATING("p.rating_average DESC, p.rating_count DESC, p.id"),
	NEWEST("p.created_at DESC, p.id");

	private final String orderBy;

	SearchSort(String orderBy) {
		this.orderBy = orderBy;
	}

	String orderBy() {
		return "cheapest.in_stock DESC, " + orderBy;
	}

	String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Reads {@code ?sort=}; absent means most relevant first, anything unknown is the client's mistake. */
	static SearchSort parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return RELEVANCE;
		}
		return Arrays.stream(values())
			.filter(sort -> sort.wireName().equals(raw.strip()))
			.findFirst()
			.orElseThrow(() -> BadInput.field("sort", "must be one of " + Arrays.stream(values())
				.map(SearchSort::wireName)
				.collect(Collectors.joining(", "))));
	}
}
