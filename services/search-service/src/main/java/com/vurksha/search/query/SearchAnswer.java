package com.vurksha.search.query;

import java.util.List;

import com.vurksha.search.index.SearchPage.Facets;
import com.vurksha.search.index.SearchPage.Hit;

/** The {@code data} of a search: one page of hits and the facets of everything that matched. */
public record SearchAnswer(List<Hit> hits, Facets facets) {

	public SearchAnswer {
		hits = (hits == null) ? List.of() : hits;
		facets = (facets == null) ? Facets.none() : facets;
	}
}
