package com.vurksha.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiException;
import com.vurksha.search.index.ProductQuery;
import com.vurksha.search.index.ProductQuery.SortOrder;

class SearchParametersTests {

	static final PageQuery FIRST = new PageQuery(1, 20);

	@Test
	void keepsTheWordsTrimmedAndReadsTheSortInAnyCase() {
		ProductQuery query = new SearchParameters("  aloo 1kg ", null, 100L, 5000L, true, null, " ", "PRICE_asc")
			.toQuery(FIRST);

		assertThat(query.text()).isEqualTo("aloo 1kg");
		assertThat(query.sort()).isEqualTo(SortOrder.PRICE_ASC);
		assertThat(query.farm()).isNull();
		assertThat(query.minPrice()).isEqualTo(100L);
	}

	@Test
	void ignoresASingleCharacterWhenAFilterIsGiven() {
		ProductQuery query = new SearchParameters("t", "cat-veg", null, null, null, null, null, null).toQuery(FIRST);

		assertThat(query.text()).isNull();
		assertThat(query.category()).isEqualTo("cat-veg");
		assertThat(query.sort()).isEqualTo(SortOrder.RELEVANCE);
	}

	@Test
	void countsDevanagariByCharactersNotBytes() {
		assertThat(new SearchParameters("आम", null, null, null, null, null, null, null).toQuery(FIRST).text())
			.isEqualTo("आम");
	}

	@Nested
	class Refuses {

		@Test
		void noWordsAndNoFilter() {
			assertRefused(new SearchParameters(null, null, null, null, null, null, null, null), "q");
			assertRefused(new SearchParameters(" t ", null, null, null, null, null, null, null), "q");
		}

		@Test
		void anUnknownSort() {
			assertRefused(new SearchParameters("tomato", null, null, null, null, null, null, "cheapest"), "sort");
		}

		@Test
		void impossiblePrices() {
			assertRefused(new SearchParameters("tomato", null, -1L, null, null, null, null, null), "minPrice");
			assertRefused(new SearchParameters("tomato", null, 500L, 100L, null, null, null, null), "maxPrice");
		}

		@Test
		void overlongQueries() {
			assertRefused(new SearchParameters("a".repeat(101), null, null, null, null, null, null, null), "q");
		}

		private void assertRefused(SearchParameters parameters, String field) {
			assertThatThrownBy(() -> parameters.toQuery(FIRST)).isInstanceOf(ApiException.class)
				.hasMessageContaining("'" + field + "'");
		}
	}
}
