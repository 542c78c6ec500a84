package com.vurksha.product.search;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.product.support.TestServiceTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The degraded product search the search service falls back to, over real HTTP with the search service's token, on
 * a database loaded with the local profile's demo catalogue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class DatabaseSearchIntegrationTests {

	private static final String SEARCH = "/internal/v1/products/search";

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("spring.flyway.locations", () -> "classpath:db/migration,classpath:db/demo");
		registry.add("vurksha.reservations.expiry.enabled", () -> "false");
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
	}

	@Test
	void answersThePublicSearchEnvelopeFlaggedDegraded() {
		Reply reply = search("q=tom&limit=2");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("success").asBoolean()).isTrue();
		assertThat(reply.body().get("meta").get("degraded").asBoolean()).isTrue();
		assertThat(reply.body().get("meta").get("requestId").asString()).isNotBlank();
		JsonNode tomato = reply.data().get("hits").get(0);
		assertThat(tomato.get("productId").asString()).isEqualTo("prd-tomato-hybrid");
		assertThat(tomato.get("name").asString()).isEqualTo("Tomato (Hybrid)");
		assertThat(tomato.get("nameHi").asString()).isEqualTo("टमाटर");
		assertThat(tomato.get("imageUrl").asString()).endsWith("/tomato-hybrid.jpg");
		assertThat(tomato.get("priceFrom").asLong()).as("the 500 g pack: the 250 g one is sold out").isEqualTo(1800);
		assertThat(tomato.get("mrpFrom").asLong()).isEqualTo(2200);
		assertThat(tomato.get("rating").asDouble()).isZero();
		assertThat(tomato.get("inStock").asBoolean()).isTrue();
		assertThat(tomato.has("highlight")).isTrue();
		assertThat(tomato.get("highlight").isNull()).isTrue();
		JsonNode facets = reply.data().get("facets");
		assertThat(facets.get("categories").isArray()).isTrue();
		assertThat(facets.get("categories")).isEmpty();
		assertThat(facets.get("priceRanges")).isEmpty();
		assertThat(facets.get("organic").isObject()).isTrue();
		assertThat(facets.get("organic")).isEmpty();
		assertThat(facets.get("farms")).isEmpty();
		JsonNode pagination = reply.body().get("pagination");
		assertThat(pagination.get("page").asInt()).isEqualTo(1);
		assertThat(pagination.get("limit").asInt()).isEqualTo(2);
		assertThat(pagination.get("total").asLong()).isEqualTo(3);
		assertThat(pagination.get("hasMore").asBoolean()).isTrue();
	}

	@Test
	void ranksANameStartingWithTheWordAboveALaterWordAboveAnywhere() {
		assertThat(ids(search("q=tomato"))).containsExactly("prd-tomato-hybrid", "prd-tomato-country",
				"prd-cherry-tomato");
	}

	@Test
	void findsByTheDevanagariNameWithOrWithoutNukta() {
		assertThat(ids(search("q=प्याज"))).containsExactly("prd-onion", "prd-spring-onion");
		assertThat(ids(search("q=प्याज़"))).containsExactly("prd-onion", "prd-spring-onion");
		assertThat(ids(search("q=हापुस"))).containsExactly("prd-alphonso-mango");
	}

	@Test
	void findsByAnyWordIgnoringCaseWithNameMatchesBeforeTagMatches() {
		List<String> ids = ids(search("q=ORGANIC mango&limit=100"));

		assertThat(ids.subList(0, 2)).containsExactly("prd-alphonso-mango", "prd-kesar-mango");
		assertThat(ids).contains("prd-broccoli", "prd-ragi", "prd-cherry-tomato").doesNotContain("prd-onion");
	}

	@Test
	void matchesTheSearchTextsWildcardsLiterally() {
		Reply reply = search("q=%%");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("hits")).isEmpty();
		assertThat(reply.body().get("pagination").get("total").asLong()).isZero();
		assertThat(ids(search("q=_a"))).isEmpty();
	}

	@Test
	void ranksSoldOutProductsAfterThoseInStock() {
		assertThat(ids(search("q=gourd"))).containsExactly("prd-bottle-gourd", "prd-bitter-gourd");

		jdbc.sql("UPDATE inventory SET on_hand = 0 WHERE variant_id LIKE 'var-bottle-gourd-%'").update();

		Reply reply = search("q=gourd");
		assertThat(ids(reply)).containsExactly("prd-bitter-gourd", "prd-bottle-gourd");
		assertThat(reply.data().get("hits").get(1).get("inStock").asBoolean()).isFalse();
	}

	@Test
	void neverFindsADeactivatedProduct() {
		assertThat(ids(search("q=plum"))).containsExactly("prd-jamun");

		jdbc.sql("UPDATE product SET active = false WHERE id = 'prd-jamun'").update();

		assertThat(ids(search("q=plum"))).isEmpty();
	}

	@Test
	void pagesThroughTheHits() {
		Reply first = search("q=dal&limit=2");
		Reply second = search("q=dal&limit=2&page=2");

		assertThat(second.body().get("pagination").get("page").asInt()).isEqualTo(2);
		assertThat(ids(second)).hasSize(2).doesNotContainAnyElementsOf(ids(first));
	}

	@Nested
	class Filters {

		@Test
		void byCategoryIncludingItsSubCategories() {
			assertThat(ids(search("q=mango&category=fruits"))).containsExactly("prd-alphonso-mango", "prd-kesar-mango");
			assertThat(ids(search("q=mango&category=cat-dairy-eggs"))).isEmpty();
		}

		@Test
		void byFarm() {
			assertThat(ids(search("q=milk&farm=gokul-desi-dairy"))).containsExactlyInAnyOrder("prd-a2-desi-cow-milk",
					"prd-buffalo-milk", "prd-buttermilk");
			assertThat(ids(search("q=milk&farm=kolar-greens"))).isEmpty();
		}

		@Test
		void byFromPriceWithoutText() {
			Reply reply = search("category=dairy-eggs&minPrice=5000&maxPrice=10000&limit=100");

			assertThat(reply.data().get("hits")).isNotEmpty()
				.allSatisfy(hit -> assertThat(hit.get("priceFrom").asLong()).isBetween(5000L, 10000L));
		}

		@Test
		void byOrganicTagOrCertifiedFarm() {
			assertThat(ids(search("q=tomato&organic=true"))).containsExactly("prd-cherry-tomato");
			assertThat(ids(search("q=onion&organic=true"))).containsExactly("prd-onion", "prd-spring-onion");
			assertThat(ids(search("q=tomato&organic=false"))).containsExactly("prd-tomato-hybrid", "prd-tomato-country");
		}

		@Test
		void byStock() {
			Reply reply = search("inStock=true&limit=100");

			assertThat(reply.data().get("hits")).isNotEmpty()
				.allSatisfy(hit -> assertThat(hit.get("inStock").asBoolean()).isTrue());
		}

		@Test
		void withAOneCharacterText() {
			assertThat(ids(search("q=k&category=everyday-fruits"))).contains("prd-banana-yelakki")
				.doesNotContain("prd-papaya");
		}
	}

	@Nested
	class Sorts {

		@Test
		void byPriceBothWays() {
			assertThat(prices(search("category=fruits&inStock=true&sort=price_asc&limit=100"))).isSorted();
			assertThat(prices(search("category=fruits&inStock=true&sort=price_desc&limit=100")))
				.isSortedAccordingTo((a, b) -> Long.compare(b, a));
		}

		@Test
		void byRatingAndNewest() {
			assertThat(search("q=dal&sort=rating").status()).isEqualTo(200);
			assertThat(ids(search("q=mango&sort=newest"))).hasSize(2);
		}
	}

	@Nested
	class RejectsBadInput {

		@Test
		void noTextAndNoFilter() {
			assertValidationFailed(search(""), "q");
			assertValidationFailed(search("q=  "), "q");
		}

		@Test
		void aOneCharacterTextWithoutAFilter() {
			assertValidationFailed(search("q=t"), "q");
			assertValidationFailed(search("q=प"), "q");
		}

		@Test
		void aTextOverOneHundredCharacters() {
			assertValidationFailed(search("q=" + "a".repeat(101)), "q");
		}

		@Test
		void aNegativeOrInvertedPriceRange() {
			assertValidationFailed(search("q=dal&minPrice=-1"), "minPrice");
			assertValidationFailed(search("q=dal&maxPrice=-1"), "maxPrice");
			assertValidationFailed(search("q=dal&minPrice=500&maxPrice=100"), "minPrice");
			assertValidationFailed(search("q=dal&minPrice=cheap"), "minPrice");
		}

		@Test
		void anUnknownSortOrAFlagThatIsNotABoolean() {
			assertValidationFailed(search("q=dal&sort=cheapest"), "sort");
			assertValidationFailed(search("q=dal&inStock=maybe"), "inStock");
			assertValidationFailed(search("q=dal&organic=yes please"), "organic");
		}

		@Test
		void aPageOrLimitOutOfBounds() {
			assertValidationFailed(search("q=dal&page=0"), "page");
			assertValidationFailed(search("q=dal&limit=0"), "limit");
			assertValidationFailed(search("q=dal&limit=101"), "limit");
		}

		private void assertValidationFailed(Reply reply, String field) {
			assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
			assertThat(reply.body().get("success").asBoolean()).isFalse();
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.body().get("error").get("details")).extracting(d -> d.get("field").asString())
				.contains(field);
		}
	}

	private Reply search(String query) {
		return api.get(SEARCH + "?" + query, TestTokens.service("search-service", "product-service", "products:search"));
	}

	private static List<String> ids(Reply reply) {
		assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		reply.data().get("hits").forEach(hit -> ids.add(hit.get("productId").asString()));
		return ids;
	}

	private static List<Long> prices(Reply reply) {
		List<Long> prices = new ArrayList<>();
		reply.data().get("hits").forEach(hit -> prices.add(hit.get("priceFrom").asLong()));
		return prices;
	}
}
