package com.vurksha.search.query;

import java.time.Duration;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.PageQuery;
import com.vurksha.search.index.Suggestion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public product search and suggestions; no sign-in needed. Answers from the index may be reused for a second by the
 * gateway, a CDN or the app ({@code Cache-Control: public, max-age=1}), so popular queries cost the engine once a
 * second however many customers type them, and an edit still shows within 2 s; degraded answers are never kept.
 */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search")
class SearchController {

	static final CacheControl FROM_THE_INDEX = CacheControl.maxAge(Duration.ofSeconds(1)).cachePublic();

	private final ProductSearch search;

	SearchController(ProductSearch search) {
		this.search = search;
	}

	@GetMapping("/products")
	@Operation(operationId = "searchProducts", summary = "Search products",
			description = "Finds produce as customers type it: typos (one edit from 4 letters, two from 8), name "
					+ "prefixes, Hindi names in Devanagari and Hinglish spellings (tamatar, pyaaz) through the synonym "
					+ "list, pack sizes (1kg, 500g, dozen). Products in stock come before those sold out in every "
					+ "order. Facets count all matches by category, price band (paise), organic and farm. Hidden and "
					+ "deactivated products are never returned. An empty or 1-character q with no filter, an unknown "
					+ "sort, a negative price or minPrice above maxPrice: 400 VALIDATION_FAILED. When the index is "
					+ "down the answer comes from the product service's name search with meta.degraded true and no "
					+ "facets.")
	ResponseEntity<SearchEnvelope<SearchAnswer>> products(
			@Parameter(description = "the words typed; at least 2 characters unless a filter is given") @RequestParam(required = false) String q,
			@Parameter(description = "category id") @RequestParam(required = false) String category,
			@Parameter(description = "lowest price, paise") @RequestParam(required = false) Long minPrice,
			@Parameter(description = "highest price, paise") @RequestParam(required = false) Long maxPrice,
			@RequestParam(required = false) Boolean inStock, @RequestParam(required = false) Boolean organic,
			@Parameter(description = "farm id") @RequestParam(required = false) String farm,
			@Parameter(description = "relevance (default), price_asc, price_desc, rating or newest") @RequestParam(required = false) String sort,
			PageQuery page) {
		return cacheable(search.search(new SearchParameters(q, category, minPrice, maxPrice, inStock, organic, farm, sort)
			.toQuery(page)));
	}

	@GetMapping("/suggest")
	@Operation(operationId = "suggestProducts", summary = "Suggestions while typing",
			description = "At most 8 completions of a prefix of 2 or more characters, in English or Devanagari: "
					+ "categories first, then products. A shorter prefix answers an empty list; so does an index that "
					+ "is down (with meta.degraded true).")
	ResponseEntity<SearchEnvelope<List<Suggestion>>> suggest(
			@Parameter(description = "the prefix typed so far") @RequestParam(required = false) String q) {
		return cacheable(search.suggest(q));
	}

	private static <T> ResponseEntity<SearchEnvelope<T>> cacheable(SearchEnvelope<T> answer) {
		boolean degraded = Boolean.TRUE.equals(answer.meta().degraded());
		return ResponseEntity.ok().cacheControl(degraded ? CacheControl.noStore() : FROM_THE_INDEX).body(answer);
	}
}
