package com.vurksha.product.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.Meta;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.api.Pagination;
import com.vurksha.platform.request.RequestIds;
import com.vurksha.product.search.DatabaseSearch.SearchPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The search service's fallback when its engine is down: the same call and answer as the public product search,
 * found by name in the catalogue's database and flagged {@code meta.degraded}. Only the search service's token
 * (scope {@code products:search}) is let in; not routed by the gateway.
 */
@RestController
@RequestMapping("/internal/v1/products/search")
@Tag(name = "Search (internal)")
@SecurityRequirement(name = "bearer")
class InternalSearchController {

	private final DatabaseSearch search;

	InternalSearchController(DatabaseSearch search) {
		this.search = search;
	}

	@GetMapping
	@Operation(summary = "Products by name, from the catalogue's database",
			description = "Active products whose English or Hindi name or a tag contains a word of q (case and nukta "
					+ "ignored; no typo tolerance or synonyms), in-stock ones first, then by sort. Answers the public "
					+ "search envelope with empty facets, highlight null and meta.degraded true. A q shorter than 2 "
					+ "characters with no filter, a q over 100 characters, a negative price, minPrice above maxPrice or "
					+ "an unknown sort: 400 VALIDATION_FAILED.")
	SearchAnswer search(@Parameter(description = "the words to find, 2 to 100 characters") @RequestParam(required = false) String q,
			@Parameter(description = "category id or slug; includes its sub-categories") @RequestParam(required = false) String category,
			@Parameter(description = "lowest \"from\" price, paise") @RequestParam(required = false) Long minPrice,
			@Parameter(description = "highest \"from\" price, paise") @RequestParam(required = false) Long maxPrice,
			@Parameter(description = "true for products that can be bought now, false for sold-out ones") @RequestParam(required = false) Boolean inStock,
			@Parameter(description = "true for products tagged organic or from a certified organic farm, false for the others") @RequestParam(required = false) Boolean organic,
			@Parameter(description = "farm id or slug") @RequestParam(required = false) String farm,
			@Parameter(description = "relevance (default), price_asc, price_desc, rating or newest") @RequestParam(required = false) String sort,
			PageQuery page) {
		SearchRequest request = SearchRequest.of(q, category, minPrice, maxPrice, inStock, organic, farm, sort);
		SearchPage found = search.search(request, page);
		return new SearchAnswer(true, SearchResults.withoutFacets(found.hits()), DegradedMeta.now(),
				Pagination.of(page, found.total()));
	}

	/** The public search envelope: hits and facets in data, pagination beside them as on every list. */
	record SearchAnswer(boolean success, SearchResults data, DegradedMeta meta, Pagination pagination) {
	}

	/** The usual {@link Meta}, saying that this answer came without the search engine. */
	record DegradedMeta(String requestId, String timestamp, String version, boolean degraded) {

		static DegradedMeta now() {
			return new DegradedMeta(RequestIds.current(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
					Meta.API_VERSION, true);
		}
	}
}
