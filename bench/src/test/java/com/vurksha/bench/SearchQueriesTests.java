package com.vurksha.bench;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueriesTests {

	private final SearchQueries typed = SearchQueries.typedByShoppers();

	@Test
	void typesMisspellingsHinglishDevanagariAndPackSizes() {
		assertThat(typed.queries()).contains("tomatoe", "tamatar", "pyaz", "प्याज", "aloo 1kg", "organic mango",
				"bhindee", "panner")
			.hasSizeGreaterThanOrEqualTo(100)
			.doesNotHaveDuplicates()
			.allSatisfy(query -> assertThat(query).as("a query the search answers rather than refuses")
				.isEqualTo(query.strip())
				.matches(q -> q.codePointCount(0, q.length()) >= 2, "at least 2 characters"));
	}

	@Test
	void searchesForOneOfTheQueriesEncodedForTheUrl() {
		for (int i = 0; i < 200; i++) {
			String path = typed.productsPath(ThreadLocalRandom.current());

			URI uri = URI.create("http://127.0.0.1:8080").resolve(path);
			assertThat(uri.getPath()).isEqualTo("/api/v1/search/products");
			assertThat(typed.queries()).contains(query(uri));
			assertThat(uri.getRawQuery()).endsWith("&limit=20");
		}
	}

	@Test
	void asksForSuggestionsOnTheFirstTwoToFiveCharactersOfAQuery() {
		for (int i = 0; i < 200; i++) {
			URI uri = URI.create("http://127.0.0.1:8080").resolve(typed.suggestPath(ThreadLocalRandom.current()));
			String prefix = query(uri);

			assertThat(uri.getPath()).isEqualTo("/api/v1/search/suggest");
			assertThat(prefix.codePointCount(0, prefix.length())).isBetween(SearchQueries.MIN_PREFIX,
					SearchQueries.MAX_PREFIX);
			assertThat(typed.queries()).anySatisfy(query -> assertThat(query).startsWith(prefix));
		}
	}

	@Test
	void cutsPrefixesByCharacterNotByByteOrHalfAPair() {
		assertThat(SearchQueries.prefix("प्याज", 2)).isEqualTo("प्");
		assertThat(SearchQueries.prefix("aloo 1kg", 5)).isEqualTo("aloo");
	}

	@Test
	void searchesNothingWhenTheRunDoesNotSearch() {
		assertThat(SearchQueries.none().enabled()).isFalse();
		assertThat(typed.enabled()).isTrue();
	}

	private static String query(URI uri) {
		String q = uri.getRawQuery().split("&")[0];
		assertThat(q).startsWith("q=");
		return URLDecoder.decode(q.substring(2), StandardCharsets.UTF_8);
	}
}
