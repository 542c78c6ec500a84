package com.vurksha.product.search;

import java.util.List;
import java.util.Map;

/** A page of hits with the facets to narrow it; the database search counts no facets and sends them empty. */
record SearchResults(List<SearchHit> hits, Facets facets) {

	static SearchResults withoutFacets(List<SearchHit> hits) {
		return new SearchResults(hits, Facets.NONE);
	}

	/** Counts per category, price range, organic or not and farm, as the search service's answer carries them. */
	record Facets(List<Map<String, Object>> categories, List<Map<String, Object>> priceRanges,
			Map<String, Long> organic, List<Map<String, Object>> farms) {

		static final Facets NONE = new Facets(List.of(), List.of(), Map.of(), List.of());
	}
}
