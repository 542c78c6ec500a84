package com.vurksha.product.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vurksha.product.BadInput;

/** The orders a product list can be sorted in, as named on the wire ({@code sort=price_asc}). */
public enum ProductSort {

	PRICE_ASC("cheapest.price_paise ASC, p.id"),
	PRICE_DESC("cheapest.price_paise DESC, p.id"),
	NEWEST("p.created_at DESC, p.id"),
	POPULAR("p.popularity DESC, p.rating_average DESC, p.id");

	private final String orderBy;

	ProductSort(String orderBy) {
		this.orderBy = orderBy;
	}

	String orderBy() {
		return orderBy;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Reads {@code ?sort=}; absent means most popular first, anything unknown is the client's mistake. */
	public static ProductSort parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return POPULAR;
		}
		return Arrays.stream(values())
			.filter(sort -> sort.wireName().equals(raw.strip()))
			.findFirst()
			.orElseThrow(() -> BadInput.field("sort", "must be one of " + Arrays.stream(values())
				.map(ProductSort::wireName)
				.collect(Collectors.joining(", "))));
	}
}
