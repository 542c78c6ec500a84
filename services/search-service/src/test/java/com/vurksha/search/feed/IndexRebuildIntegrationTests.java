package com.vurksha.search.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.search.index.ProductIndex;
import com.vurksha.search.support.SearchIntegrationTest;

/**
 * A full rebuild reads the product service's listing (stood in for on the loopback) into a new index and moves the
 * alias, while searches keep being answered: none fails during the swaps.
 */
class IndexRebuildIntegrationTests extends SearchIntegrationTest {

	static final WireMockServer productService = new WireMockServer(
			WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

	@DynamicPropertySource
	static void listing(DynamicPropertyRegistry registry) {
		productService.start();
		registry.add("vurksha.search.rebuild.source.product-service-url", productService::baseUrl);
		registry.add("vurksha.search.rebuild.page-size", () -> 2);
		// what is proved here is that the alias moves never fail a search; on a busy machine a search that waits
		// behind an index creation may take longer than the production 2 s, which would degrade it for another reason
		registry.add("vurksha.search.opensearch.read-timeout", () -> "20s");
	}

	@AfterAll
	static void stop() {
		productService.stop();
	}

	@Autowired
	ProductIndex index;

	@Test
	void rebuildsIntoANewIndexAndMovesTheAliasWithoutAFailedSearch() throws Exception {
		listPage(1, true, listed("p-okra", "Bhindi Okra", "भिंडी", 12, 4.1), listed("p-spinach", "Palak Spinach", "पालक", 0, 4.6));
		listPage(2, false, listed("p-ginger", "Adrak Ginger", "अदरक", 3, 3.9));
		String before = aliasTarget();

		AtomicBoolean rebuilding = new AtomicBoolean(true);
		AtomicInteger searches = new AtomicInteger();
		List<String> failures = new ArrayList<>();
		Thread searcher = new Thread(() -> {
			Api searching = new Api(rest, json);
			while (rebuilding.get()) {
				Api.Reply reply = searching.get("/api/v1/search/products?q=spinach");
				searches.incrementAndGet();
				if (reply.status() != 200 || reply.body().at("/meta/degraded").asBoolean(false)) {
					synchronized (failures) {
						failures.add(reply.status() + " " + reply.body());
					}
				}
			}
		}, "searching-during-rebuild");
		searcher.start();
		List<String> indices = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Api.Reply rebuilt = api.send(HttpMethod.POST, "/api/v1/admin/search/rebuild", TestTokens.admin(), null);
			assertThat(rebuilt.status()).as(String.valueOf(rebuilt.body())).isEqualTo(200);
			assertThat(rebuilt.data().get("products").asInt()).isEqualTo(3);
			indices.add(rebuilt.data().get("index").asString());
		}
		rebuilding.set(false);
		searcher.join();

		assertThat(failures).isEmpty();
		assertThat(searches.get()).isPositive();
		assertThat(indices).doesNotHaveDuplicates().doesNotContain(before);
		assertThat(index.current()).contains(indices.get(2));
		assertThat(hits("q=bhindi")).containsExactly("p-okra");
		assertThat(hits("q=अदरक")).containsExactly("p-ginger");
		Api.Reply facets = api.get("/api/v1/search/products?q=spinach");
		assertThat(facets.body().at("/data/hits/0/inStock").asBoolean()).isFalse();
		assertThat(facets.body().at("/data/facets/categories/0/name").asString()).isEqualTo("Vegetables");
		assertThat(api.get("/api/v1/search/products?category=cat-veg").body().at("/data/facets/organic/true").asLong())
			.isEqualTo(1);
		// a top-level category finds what is filed under its sub-categories (best rated first, sold out last)
		assertThat(hits("category=cat-fresh&sort=rating")).containsExactly("p-okra", "p-ginger", "p-spinach");
	}

	@Test
	void keepsTheOldIndexWhenTheProductServiceFails() {
		productService.stubFor(get(urlPathEqualTo("/internal/v1/products/feed")).atPriority(1)
			.willReturn(aResponse().withStatus(500)));
		String before = aliasTarget();

		Api.Reply rebuilt = api.send(HttpMethod.POST, "/api/v1/admin/search/rebuild", TestTokens.admin(), null);

		assertThat(rebuilt.status()).isEqualTo(503);
		assertThat(index.current()).contains(before);
		productService.resetAll();
	}

	@Test
	void isForAdminsOnly() {
		assertThat(api.send(HttpMethod.POST, "/api/v1/admin/search/rebuild", TestTokens.customer(), null).status())
			.isEqualTo(403);
	}

	/** The index the alias points at, once the service has created it at start-up. */
	private String aliasTarget() {
		await().atMost(PATIENCE).until(() -> index.current().isPresent());
		return index.current().orElseThrow();
	}

	@SafeVarargs
	private void listPage(int page, boolean hasMore, Map<String, Object>... products) {
		String body = api.json(Map.of("success", true, "data", List.of(products), "pagination",
				Map.of("page", page, "limit", 2, "total", 3, "hasMore", hasMore)));
		productService.stubFor(get(urlPathEqualTo("/internal/v1/products/feed")).atPriority(5)
			.withQueryParam("page", equalTo(String.valueOf(page)))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
	}

	private static Map<String, Object> listed(String id, String name, String nameHi, int available, double rating) {
		return Map.ofEntries(Map.entry("id", id), Map.entry("slug", id), Map.entry("name", name),
				Map.entry("nameHi", nameHi), Map.entry("categoryId", "cat-veg"), Map.entry("categoryName", "Vegetables"),
				Map.entry("categoryNameHi", "सब्ज़ियाँ"), Map.entry("categoryPath", List.of("cat-fresh", "cat-veg")), Map.entry("farmId", id.equals("p-okra") ? "farm-organic" : "farm-kolar"),
				Map.entry("farmName", "Farm"), Map.entry("farmOrganic", id.equals("p-okra")), Map.entry("tags", List.of()),
				Map.entry("images", List.of()), Map.entry("ratingAverage", rating), Map.entry("ratingCount", 3),
				Map.entry("createdAt", "2026-12-01T10:00:00Z"), Map.entry("packs", List.of(Map.of("id", id + "-v1",
						"label", "250 g", "price", 2500, "mrp", 3000, "available", available, "inStock", available > 0))));
	}
}
