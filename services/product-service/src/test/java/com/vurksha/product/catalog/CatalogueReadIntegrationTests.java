package com.vurksha.product.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.ApiDocuments;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.product.support.TestServiceTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The shop window over real HTTP, on a database loaded with the local profile's demo catalogue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class CatalogueReadIntegrationTests {

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("spring.flyway.locations", () -> "classpath:db/migration,classpath:db/demo");
	}

	/** Devanagari letters and signs, with the spaces and commas between words; no Latin letter. */
	private static final String DEVANAGARI_NAME = "[\\p{IsDevanagari}][\\p{IsDevanagari} ,]*";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
	}

	@Test
	void servesAnApiDocumentOfThePublicAndAdminCalls() {
		Reply docs = api.get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().get("paths").propertyNames()).contains("/api/v1/products", "/api/v1/products/{idOrSlug}",
				"/api/v1/admin/products");
		assertThat(docs.body().at("/paths/~1api~1v1~1products/get/security").isEmpty()).isTrue();
		ApiDocuments.export(docs.body(), "product");
	}

	@Test
	void servesTheCategoryTree() {
		Reply reply = api.get("/api/v1/categories");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("success").asBoolean()).isTrue();
		assertThat(reply.body().get("meta").get("requestId").asString()).isNotBlank();
		JsonNode vegetables = reply.data().get(0);
		assertThat(vegetables.get("slug").asString()).isEqualTo("vegetables");
		assertThat(vegetables.get("nameHi").asString()).isEqualTo("ताज़ा सब्ज़ियाँ");
		assertThat(slugs(vegetables.get("children"))).containsExactly("everyday-vegetables", "leafy-greens",
				"exotic-vegetables");
	}

	@Test
	void demoCatalogueHasAtLeastSixtyProductsInAtLeastEightCategories() {
		Reply reply = api.get("/api/v1/products?limit=100");

		assertThat(reply.body().get("pagination").get("total").asLong()).isGreaterThanOrEqualTo(60);
		Set<String> categories = new HashSet<>();
		reply.data().forEach(item -> categories.add(item.get("category").get("slug").asString()));
		assertThat(categories).hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	void summarisesEachProductWithItsFromPriceInPaise() {
		JsonNode tomato = find(api.get("/api/v1/products?limit=100").data(), "tomato-hybrid");

		assertThat(tomato.get("name").asString()).isEqualTo("Tomato (Hybrid)");
		assertThat(tomato.get("nameHi").asString()).isEqualTo("टमाटर");
		assertThat(tomato.get("farmName").asString()).isEqualTo("Kolar Greens Collective");
		assertThat(tomato.get("currency").asString()).isEqualTo("INR");
		assertThat(tomato.get("fromPrice").isIntegralNumber()).isTrue();
		assertThat(tomato.get("image").asString()).endsWith("tomato-hybrid.jpg");
		assertThat(tomato.get("imageUrl").asString()).isEqualTo(tomato.get("image").asString());
		assertThat(tomato.get("rating").get("count").asInt()).isZero();
	}

	@Test
	void namesEveryDemoProductInDevanagari() {
		Reply reply = api.get("/api/v1/products?limit=100");

		assertThat(reply.data()).hasSizeGreaterThanOrEqualTo(60)
			.allSatisfy(item -> assertThat(item.get("nameHi").asString()).as(item.get("slug").asString())
				.matches(DEVANAGARI_NAME));
		assertThat(find(reply.data(), "onion").get("nameHi").asString()).isEqualTo("प्याज़");
		assertThat(api.get("/api/v1/products/alphonso-mango").data().get("nameHi").asString()).isEqualTo("हापुस आम");
		assertThat(api.get("/api/v1/products/toor-dal").data().get("category").get("nameHi").asString())
			.isEqualTo("दालें");
	}

	@Test
	void namesEveryDemoCategoryInDevanagari() {
		List<JsonNode> categories = new ArrayList<>();
		api.get("/api/v1/categories").data().forEach(root -> {
			categories.add(root);
			root.get("children").forEach(categories::add);
		});

		assertThat(categories).hasSizeGreaterThanOrEqualTo(14)
			.allSatisfy(category -> assertThat(category.get("nameHi").asString()).as(category.get("slug").asString())
				.matches(DEVANAGARI_NAME));
	}

	@Test
	void pagesThroughTheList() {
		Reply first = api.get("/api/v1/products?page=1&limit=5");
		Reply second = api.get("/api/v1/products?page=2&limit=5");

		JsonNode pagination = second.body().get("pagination");
		assertThat(pagination.get("page").asInt()).isEqualTo(2);
		assertThat(pagination.get("limit").asInt()).isEqualTo(5);
		assertThat(pagination.get("hasMore").asBoolean()).isTrue();
		assertThat(second.data()).hasSize(5);
		assertThat(slugs(second.data())).doesNotContainAnyElementsOf(slugs(first.data()));
		long total = pagination.get("total").asLong();
		Reply last = api.get("/api/v1/products?page=" + ((total + 4) / 5) + "&limit=5");
		assertThat(last.body().get("pagination").get("hasMore").asBoolean()).isFalse();
	}

	@Test
	void includesSubCategoriesWhenFilteringByCategory() {
		Reply reply = api.get("/api/v1/products?category=vegetables&limit=100");

		List<String> categories = new ArrayList<>();
		reply.data().forEach(item -> categories.add(item.get("category").get("slug").asString()));
		assertThat(categories).contains("everyday-vegetables", "leafy-greens", "exotic-vegetables")
			.allMatch(slug -> slug.endsWith("vegetables") || slug.equals("leafy-greens"));
	}

	@Test
	void filtersByCategoryId() {
		Reply reply = api.get("/api/v1/products?category=cat-leafy-greens&limit=100");

		assertThat(reply.data()).isNotEmpty()
			.allSatisfy(item -> assertThat(item.get("category").get("slug").asString()).isEqualTo("leafy-greens"));
	}

	@Test
	void filtersByFarm() {
		Reply reply = api.get("/api/v1/products?farm=gokul-desi-dairy&limit=100");

		assertThat(slugs(reply.data())).contains("a2-desi-cow-milk", "paneer-fresh");
		assertThat(reply.data()).allSatisfy(item -> assertThat(item.get("farmName").asString()).isEqualTo("Gokul Desi Dairy"));
	}

	@Test
	void filtersByTagIgnoringCase() {
		Reply reply = api.get("/api/v1/products?tag=BestSeller&limit=100");

		assertThat(slugs(reply.data())).contains("tomato-hybrid", "alphonso-mango").doesNotContain("jamun");
	}

	@Test
	void filtersByStock() {
		long all = api.get("/api/v1/products").body().get("pagination").get("total").asLong();
		Reply inStock = api.get("/api/v1/products?inStock=true&limit=100");
		Reply soldOut = api.get("/api/v1/products?inStock=false&limit=100");

		assertThat(inStock.data()).allSatisfy(item -> assertThat(item.get("inStock").asBoolean()).isTrue());
		assertThat(soldOut.data()).allSatisfy(item -> assertThat(item.get("inStock").asBoolean()).isFalse());
		assertThat(inStock.body().get("pagination").get("total").asLong()
				+ soldOut.body().get("pagination").get("total").asLong()).isEqualTo(all);
	}

	@Test
	void answersAnEmptyPageForAnUnknownCategory() {
		Reply reply = api.get("/api/v1/products?category=no-such-category");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data()).isEmpty();
		assertThat(reply.body().get("pagination").get("total").asLong()).isZero();
	}

	@Test
	void sortsByPriceBothWays() {
		assertThat(fromPrices(api.get("/api/v1/products?sort=price_asc&limit=100").data())).isSorted();
		assertThat(fromPrices(api.get("/api/v1/products?sort=price_desc&limit=100").data()))
			.isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	@Test
	void sortsByPopularityByDefault() {
		assertThat(slugs(api.get("/api/v1/products?limit=3").data()))
			.isEqualTo(slugs(api.get("/api/v1/products?sort=popular&limit=3").data()))
			.first()
			.isEqualTo("alphonso-mango");
	}

	@Test
	void sortsNewestFirst() {
		List<Instant> created = new ArrayList<>();
		for (String slug : slugs(api.get("/api/v1/products?sort=newest&limit=6").data())) {
			created.add(Instant.parse(api.get("/api/v1/products/" + slug).data().get("createdAt").asString()));
		}

		assertThat(created).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void servesAProductPageBySlugWithItsPacks() {
		Reply reply = api.get("/api/v1/products/tomato-hybrid");

		JsonNode product = reply.data();
		assertThat(product.get("id").asString()).isEqualTo("prd-tomato-hybrid");
		assertThat(product.get("nameHi").asString()).isEqualTo("टमाटर");
		assertThat(product.get("farm").get("state").asString()).isEqualTo("Karnataka");
		assertThat(product.get("category").get("slug").asString()).isEqualTo("everyday-vegetables");
		assertThat(product.get("hsnCode").asString()).isEqualTo("0702");
		assertThat(product.get("gstRate").asInt()).isZero();
		assertThat(product.get("images")).hasSize(1);
		assertThat(product.get("variants")).extracting(v -> v.get("label").asString())
			.containsExactly("250 g", "500 g", "1 kg");
		JsonNode quarterKilo = product.get("variants").get(0);
		assertThat(quarterKilo.get("unit").asString()).isEqualTo("G");
		assertThat(quarterKilo.get("unitValue").asInt()).isEqualTo(250);
		assertThat(quarterKilo.get("price").asLong()).isEqualTo(900);
		assertThat(quarterKilo.get("mrp").asLong()).isEqualTo(1000);
		assertThat(quarterKilo.get("currency").asString()).isEqualTo("INR");
		assertThat(quarterKilo.get("pricePerKg").asLong()).isEqualTo(3600);
		assertThat(quarterKilo.get("pricePerLitre").isNull()).isTrue();
		assertThat(quarterKilo.get("maxPerOrder").asInt()).isEqualTo(10);
		assertThat(quarterKilo.get("farm").get("name").asString()).isEqualTo("Kolar Greens Collective");
		assertThat(quarterKilo.has("inStock")).isTrue();
	}

	@Test
	void servesAProductPageById() {
		assertThat(api.get("/api/v1/products/prd-a2-desi-cow-milk").data().get("slug").asString())
			.isEqualTo("a2-desi-cow-milk");
	}

	@Test
	void pricesMilkPerLitreAndEggsNeitherPerKgNorPerLitre() {
		JsonNode milk = api.get("/api/v1/products/a2-desi-cow-milk").data().get("variants").get(0);
		JsonNode eggs = api.get("/api/v1/products/eggs-country").data().get("variants").get(0);

		assertThat(milk.get("pricePerLitre").asLong()).isEqualTo(milk.get("price").asLong() * 2);
		assertThat(milk.get("pricePerKg").isNull()).isTrue();
		assertThat(eggs.get("label").asString()).isEqualTo("6 pieces");
		assertThat(eggs.get("pricePerKg").isNull()).isTrue();
		assertThat(eggs.get("pricePerLitre").isNull()).isTrue();
	}

	@Test
	void listsFarmsAndServesOne() {
		Reply farms = api.get("/api/v1/farms");
		Reply farm = api.get("/api/v1/farms/ratnagiri-mango");

		assertThat(farms.body().get("pagination").get("total").asLong()).isGreaterThanOrEqualTo(5);
		assertThat(farm.data().get("district").asString()).isEqualTo("Ratnagiri");
		assertThat(farm.data().get("certifiedOrganic").asBoolean()).isFalse();
	}

	@Nested
	class AnswersNotFound {

		@Test
		void forAnUnknownProduct() {
			Reply reply = api.get("/api/v1/products/no-such-product");

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.body().get("success").asBoolean()).isFalse();
			assertThat(reply.errorCode()).isEqualTo("PRODUCT_NOT_FOUND");
			assertThat(reply.body().get("error").get("retryable").asBoolean()).isFalse();
			assertThat(reply.body().get("meta").get("requestId").asString()).isNotBlank();
		}

		@Test
		void forAnUnknownFarm() {
			Reply reply = api.get("/api/v1/farms/no-such-farm");

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("FARM_NOT_FOUND");
		}
	}

	@Nested
	class RejectsBadQueries {

		@Test
		void anUnknownSort() {
			Reply reply = api.get("/api/v1/products?sort=cheapest");

			assertValidationFailed(reply, "sort");
		}

		@Test
		void aStockFilterThatIsNotABoolean() {
			Reply reply = api.get("/api/v1/products?inStock=maybe");

			assertValidationFailed(reply, "inStock");
		}

		@Test
		void pageZero() {
			assertValidationFailed(api.get("/api/v1/products?page=0"), "page");
		}

		@Test
		void aLimitOverOneHundred() {
			assertValidationFailed(api.get("/api/v1/products?limit=101"), "limit");
		}

		@Test
		void aPageThatIsNotANumber() {
			assertValidationFailed(api.get("/api/v1/farms?page=two"), "page");
		}

		private void assertValidationFailed(Reply reply, String field) {
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.body().get("success").asBoolean()).isFalse();
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.body().get("error").get("details")).extracting(d -> d.get("field").asString())
				.contains(field);
		}
	}

	@Nested
	class AnswersNotModified {

		@Test
		void forTheCategoryTreeWhenTheETagMatches() {
			assertRevalidates("/api/v1/categories");
		}

		@Test
		void forTheProductListWhenTheETagMatches() {
			assertRevalidates("/api/v1/products?category=fruits&sort=price_asc");
		}

		@Test
		void forAProductPageWhenTheETagMatches() {
			assertRevalidates("/api/v1/products/onion");
		}

		@Test
		void onlyForTheSamePage() {
			String etag = api.get("/api/v1/products?page=1&limit=5").etag();

			Reply other = api.get("/api/v1/products?page=2&limit=5", ifNoneMatch(etag));

			assertThat(other.status()).isEqualTo(200);
			assertThat(other.etag()).isNotEqualTo(etag);
		}

		@Test
		void keepsTheETagAcrossHitsWhileEachAnswerCarriesItsOwnRequestId() {
			Reply first = api.get("/api/v1/products?limit=20");
			Reply second = api.get("/api/v1/products?limit=20");

			assertThat(second.etag()).isEqualTo(first.etag());
			assertThat(second.data()).isEqualTo(first.data());
			assertThat(second.body().get("pagination")).isEqualTo(first.body().get("pagination"));
			assertThat(second.body().get("meta").get("requestId").asString())
				.isEqualTo(second.headers().getFirst("X-Request-Id"))
				.isNotEqualTo(first.body().get("meta").get("requestId").asString());
			assertThat(second.headers().getContentType()).hasToString("application/json");
		}

		@Test
		void letsSharedCachesKeepPublicReadsForAFewSeconds() {
			for (String path : List.of("/api/v1/products?limit=20", "/api/v1/products/onion", "/api/v1/categories",
					"/api/v1/farms")) {
				Reply reply = api.get(path);
				Reply notModified = api.get(path, ifNoneMatch(reply.etag()));

				assertThat(reply.headers().getCacheControl()).as(path)
					.contains("public", "max-age=5", "stale-while-revalidate=15");
				assertThat(notModified.status()).as(path).isEqualTo(304);
				assertThat(notModified.headers().getCacheControl()).as(path).contains("public", "max-age=5");
			}
		}

		private void assertRevalidates(String path) {
			Reply first = api.get(path);
			assertThat(first.etag()).isNotBlank();

			Reply again = api.get(path, ifNoneMatch(first.etag()));
			Reply stale = api.get(path, ifNoneMatch("W/\"something-else\""));

			assertThat(again.status()).isEqualTo(304);
			assertThat(again.body()).isNull();
			assertThat(again.etag()).isEqualTo(first.etag());
			assertThat(stale.status()).isEqualTo(200);
			assertThat(stale.body().get("success").asBoolean()).isTrue();
		}

		private HttpHeaders ifNoneMatch(String etag) {
			HttpHeaders headers = new HttpHeaders();
			headers.setIfNoneMatch(etag);
			return headers;
		}
	}

	private static List<String> slugs(JsonNode items) {
		List<String> slugs = new ArrayList<>();
		items.forEach(item -> slugs.add(item.get("slug").asString()));
		return slugs;
	}

	private static List<Long> fromPrices(JsonNode items) {
		List<Long> prices = new ArrayList<>();
		items.forEach(item -> prices.add(item.get("fromPrice").asLong()));
		return prices;
	}

	private static JsonNode find(JsonNode items, String slug) {
		for (JsonNode item : items) {
			if (item.get("slug").asString().equals(slug)) {
				return item;
			}
		}
		throw new AssertionError("No product " + slug + " in " + items);
	}
}
