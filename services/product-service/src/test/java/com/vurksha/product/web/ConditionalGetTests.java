package com.vurksha.product.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.Meta;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.api.Pagination;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionalGetTests {

	private final ConditionalGet conditionalGet = new ConditionalGet(JsonMapper.builder().build());

	@Test
	void tagsTheSameContentAlikeWhateverTheEnvelopesMeta() {
		ApiResponse<String> first = new ApiResponse<>(true, "tomato", new Meta("req-1", "2026-01-01T00:00:00Z", "1"),
				null);
		ApiResponse<String> second = new ApiResponse<>(true, "tomato", new Meta("req-2", "2026-01-01T00:00:09Z", "1"),
				null);

		assertThat(conditionalGet.etagOf(first)).isEqualTo(conditionalGet.etagOf(second)).startsWith("W/\"");
	}

	@Test
	void tagsDifferentContentDifferently() {
		assertThat(conditionalGet.etagOf(ApiResponse.ok("tomato"))).isNotEqualTo(conditionalGet.etagOf(ApiResponse.ok("okra")));
	}

	@Test
	void tagsAnotherPageOfTheSameItemsDifferently() {
		ApiResponse<List<String>> pageOne = new ApiResponse<>(true, List.of("a"), null, Pagination.of(new PageQuery(1, 1), 2));
		ApiResponse<List<String>> pageTwo = new ApiResponse<>(true, List.of("a"), null, Pagination.of(new PageQuery(2, 1), 2));

		assertThat(conditionalGet.etagOf(pageOne)).isNotEqualTo(conditionalGet.etagOf(pageTwo));
	}
}
