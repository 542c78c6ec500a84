package com.vurksha.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.ApiDocuments;
import com.vurksha.search.support.SearchIntegrationTest;
import tools.jackson.databind.JsonNode;

class ApiDocsIntegrationTests extends SearchIntegrationTest {

	@Test
	void describesTheSearchWithItsFiltersAndPaging() {
		Api.Reply docs = api.get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		JsonNode search = docs.body().at("/paths/~1api~1v1~1search~1products/get");
		assertThat(search.get("parameters").findValuesAsString("name")).containsExactlyInAnyOrder("q", "category",
				"minPrice", "maxPrice", "inStock", "organic", "farm", "sort", "page", "limit");
		assertThat(docs.body().at("/paths/~1api~1v1~1admin~1search~1rebuild/post/responses/409").isMissingNode())
			.isFalse();
		ApiDocuments.export(docs.body(), "search");
	}
}
