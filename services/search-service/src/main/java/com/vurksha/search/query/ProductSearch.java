package com.vurksha.search.query;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.api.Pagination;
import com.vurksha.search.index.IndexUnavailable;
import com.vurksha.search.index.ProductIndex;
import com.vurksha.search.index.ProductQuery;
import com.vurksha.search.index.SearchPage;
import com.vurksha.search.index.SearchPage.Facets;
import com.vurksha.search.index.Suggestion;

/**
 * Answers searches from the index, and when the index cannot answer, from the product service's database search
 * (marked degraded); when neither can, with an empty degraded page. A customer never sees a 5xx from search.
 */
@Service
class ProductSearch {

	static final int MAX_SUGGESTIONS = 8;

	private static final Logger log = LoggerFactory.getLogger(ProductSearch.class);

	private final ProductIndex index;

	private final DatabaseSearch database;

	ProductSearch(ProductIndex index, DatabaseSearch database) {
		this.index = index;
		this.database = database;
	}

	SearchEnvelope<SearchAnswer> search(ProductQuery query) {
		PageQuery page = new PageQuery(query.page(), query.limit());
		try {
			SearchPage found = index.search(query);
			return SearchEnvelope.of(new SearchAnswer(found.hits(), found.facets()), Pagination.of(page, found.total()),
					false);
		}
		catch (IndexUnavailable ex) {
			log.warn("Search index unavailable, answering from the product service: {}", ex.getMessage());
			return database.search(query)
				.map(answer -> SearchEnvelope.of(answer.data(), answer.pagination(), true))
				.orElseGet(() -> SearchEnvelope.of(new SearchAnswer(List.of(), Facets.none()), Pagination.of(page, 0),
						true));
		}
	}

	SearchEnvelope<List<Suggestion>> suggest(String prefix) {
		String text = (prefix == null) ? "" : prefix.strip();
		if (text.codePointCount(0, text.length()) < 2 || text.length() > SearchParameters.MAX_QUERY_LENGTH) {
			return SearchEnvelope.of(List.of(), null, false);
		}
		try {
			return SearchEnvelope.of(index.suggest(text, MAX_SUGGESTIONS), null, false);
		}
		catch (IndexUnavailable ex) {
			log.warn("Search index unavailable, no suggestions: {}", ex.getMessage());
			return SearchEnvelope.of(List.of(), null, true);
		}
	}
}
