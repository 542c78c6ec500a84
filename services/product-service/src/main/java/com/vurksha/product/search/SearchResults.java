package com.vurksha.product.search;

import java.util.List;
import java.util.Map;

/** A page of hits with the facets to narrow it; the database search counts no facets and sends them empty. */
record SearchResults(List<SearchHit> hits, Facets facets) {

	static SearchResults withoutFacets(List<SearchHit> hits) {
		return new SearchResults(hits, Facets.NONE);
	}

	/**
	 * Counts of the matching products by category, price band (paise), organic ({@code "true"}/{@code "false"}) and
	 * farm, in the shape of the search service's answer.
	 */
	record Facets(List<Bucket> categories, List<PriceRange> priceRanges, Map<String, Long> organic,
			List<Bucket> farms) {

		static final Facets NONE = new Facets(List.of(), List.of(), Map.of(), List.of());
	}

	/** A category or farm with the number of matching products. */
	record Bucket(String id, String name, long count) {
	}

	/** A price band with the number of matching products; {@code to} is exclusive, null when open. */
	record PriceRange(Long from, Long to, long count) {
	}
}
