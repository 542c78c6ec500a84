package com.vurksha.product.catalog;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.product.support.TestServiceTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The listing the search service rebuilds its index from, over real HTTP with the search service's token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class InternalSearchFeedIntegrationTests {

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("vurksha.reservations.expiry.enabled", () -> "false");
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	Api api;

	String admin;

	String searchService;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
		admin = TestTokens.admin();
		searchService = TestTokens.service("search-service", "product-service", "products:read");
	}

	@Test
	void listsEveryActiveProductWithNamesPacksStockAndRatingPageByPage() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String parent = api.send(HttpMethod.POST, "/api/v1/admin/categories", admin, object("name", "Veg " + suffix))
			.data()
			.get("id")
			.asString();
		String category = api.send(HttpMethod.POST, "/api/v1/admin/categories", admin,
				object("name", "Greens " + suffix, "nameHi", "हरी सब्ज़ी", "parentId", parent)).data().get("id").asString();
		String farm = api.send(HttpMethod.POST, "/api/v1/admin/farms", admin,
				object("name", "Kolar " + suffix, "state", "Karnataka", "certifiedOrganic", true)).data().get("id")
			.asString();
		String spinach = product("Palak " + suffix, category, farm, 12);
		String hidden = product("Hidden " + suffix, category, farm, 3);
		api.send(HttpMethod.PATCH, "/api/v1/admin/products/" + hidden, admin, object("active", false));

		List<JsonNode> listed = new ArrayList<>();
		int page = 1;
		Reply reply;
		do {
			reply = api.get("/internal/v1/products/feed?limit=2&page=" + page++, searchService);
			assertThat(reply.status()).isEqualTo(200);
			reply.data().forEach(listed::add);
		}
		while (reply.body().at("/pagination/hasMore").asBoolean());

		assertThat(listed).extracting(product -> product.get("id").asString()).contains(spinach).doesNotContain(hidden)
			.isSorted();
		JsonNode palak = listed.stream().filter(product -> product.get("id").asString().equals(spinach)).findFirst()
			.orElseThrow();
		assertThat(palak.get("categoryName").asString()).isEqualTo("Greens " + suffix);
		assertThat(palak.get("categoryNameHi").asString()).isEqualTo("हरी सब्ज़ी");
		assertThat(palak.get("categoryPath").valueStream().map(JsonNode::asString)).containsExactly(parent, category);
		assertThat(palak.get("farmName").asString()).isEqualTo("Kolar " + suffix);
		assertThat(palak.get("farmOrganic").asBoolean()).isTrue();
		assertThat(palak.at("/packs/0/label").asString()).isEqualTo("250 g");
		assertThat(palak.at("/packs/0/price").asLong()).isEqualTo(3000);
		assertThat(palak.at("/packs/0/available").asInt()).isEqualTo(12);
		assertThat(palak.at("/packs/0/inStock").asBoolean()).isTrue();
		assertThat(palak.get("ratingCount").asInt()).isZero();
	}

	@Test
	void refusesOtherCallers() {
		assertThat(api.get("/internal/v1/products/feed").status()).isEqualTo(401);
		assertThat(api.get("/internal/v1/products/feed", TestTokens.customer()).status()).isEqualTo(403);
		assertThat(api.get("/internal/v1/products/feed", TestTokens.service("cart-service", "product-service",
				"variants:read")).status()).isEqualTo(403);
	}

	private String product(String name, String category, String farm, int stock) {
		return api.send(HttpMethod.POST, "/api/v1/admin/products", admin, object("name", name, "categoryId", category,
				"farmId", farm, "gstRate", 0, "variants", List.of(object("unit", "G", "unitValue", 250, "price", 3000,
						"mrp", 3500, "initialStock", stock)))).data().get("id").asString();
	}
}
