package com.vurksha.product.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.product.support.TestServiceTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/** Operators' catalogue calls over real HTTP: roles, validation, events, and the cache showing changes at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class AdminCatalogueIntegrationTests {

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String admin;

	String categoryId;

	String farmSlug;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
		admin = TestTokens.admin();
		categoryId = api.send(HttpMethod.POST, "/api/v1/admin/categories", admin,
				object("name", "Vegetables " + unique(), "nameHi", "Sabzi", "sortOrder", 1))
			.data()
			.get("id")
			.asString();
		farmSlug = api.send(HttpMethod.POST, "/api/v1/admin/farms", admin,
				object("name", "Kolar Farm " + unique(), "village", "Malur", "district", "Kolar", "state", "Karnataka",
						"certifiedOrganic", true))
			.data()
			.get("slug")
			.asString();
	}

	@Test
	void addsAProductWithItsPacksAndPublishesItsCreation() {
		String name = "Tomato " + unique();

		Reply created = api.send(HttpMethod.POST, "/api/v1/admin/products", admin, tomato(name));

		assertThat(created.status()).isEqualTo(201);
		JsonNode product = created.data();
		assertThat(product.get("slug").asString()).isEqualTo(name.toLowerCase().replace(' ', '-'));
		assertThat(product.get("tags")).extracting(JsonNode::asString).containsExactly("desi");
		assertThat(product.get("farm").get("certifiedOrganic").asBoolean()).isTrue();
		assertThat(product.get("variants")).extracting(v -> v.get("label").asString()).containsExactly("250 g", "1 kg");
		assertThat(product.get("variants").get(0).get("pricePerKg").asLong()).isEqualTo(12000);
		assertThat(product.get("variants").get(0).get("inStock").asBoolean()).isTrue();
		assertThat(product.get("variants").get(1).get("inStock").asBoolean()).isFalse();
		assertThat(api.get("/api/v1/products/" + product.get("slug").asString()).status()).isEqualTo(200);
		assertThat(eventTypes(product.get("id").asString())).containsExactly("product.product.created");
	}

	@Test
	void showsAPriceChangeAtOnceAlthoughTheProductWasCached() {
		JsonNode product = create();
		String path = "/api/v1/products/" + product.get("id").asString();
		String variantId = product.get("variants").get(0).get("id").asString();
		assertThat(api.get(path).data().get("variants").get(0).get("price").asLong()).isEqualTo(3000);
		assertThat(fromPriceInList(product.get("slug").asString())).isEqualTo(3000);

		Reply patched = api.send(HttpMethod.PATCH, path.replace("/api/v1/", "/api/v1/admin/") + "/variants/" + variantId,
				admin, object("price", 2500));

		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.data().get("pricePerKg").asLong()).isEqualTo(10000);
		assertThat(api.get(path).data().get("variants").get(0).get("price").asLong()).isEqualTo(2500);
		assertThat(fromPriceInList(product.get("slug").asString())).isEqualTo(2500);
		assertThat(eventTypes(product.get("id").asString())).containsExactly("product.product.created",
				"product.product.updated");
	}

	@Test
	void changesTheETagOfACachedProductWhenItsPriceChanges() {
		JsonNode product = create();
		String path = "/api/v1/products/" + product.get("id").asString();
		String variantId = product.get("variants").get(0).get("id").asString();
		String before = api.get(path).etag();
		assertThat(api.get(path).etag()).isEqualTo(before);

		api.send(HttpMethod.PATCH, "/api/v1/admin/products/" + product.get("id").asString() + "/variants/" + variantId,
				admin, object("price", 2500));
		HttpHeaders ifNoneMatch = new HttpHeaders();
		ifNoneMatch.setIfNoneMatch(before);
		Reply after = api.get(path, ifNoneMatch);

		assertThat(after.status()).isEqualTo(200);
		assertThat(after.etag()).isNotEqualTo(before);
		assertThat(after.data().get("variants").get(0).get("price").asLong()).isEqualTo(2500);
	}

	@Test
	void keepsAnAdminsReadOfAProductOutOfSharedCaches() {
		JsonNode product = create();

		Reply reply = api.get("/api/v1/admin/products/" + product.get("id").asString(), admin);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.headers().getCacheControl()).doesNotContain("public").contains("no-store");
	}

	@Test
	void changesProductFieldsAndMovesItsSlug() {
		JsonNode product = create();
		String oldSlug = product.get("slug").asString();
		api.get("/api/v1/products/" + oldSlug);

		Reply patched = api.send(HttpMethod.PATCH, "/api/v1/admin/products/" + product.get("id").asString(), admin,
				object("name", "Desi Tamatar", "slug", "desi-tamatar-" + unique(), "gstRate", 500));

		String newSlug = patched.data().get("slug").asString();
		assertThat(patched.data().get("gstRate").asInt()).isEqualTo(500);
		assertThat(api.get("/api/v1/products/" + newSlug).data().get("name").asString()).isEqualTo("Desi Tamatar");
		assertThat(api.get("/api/v1/products/" + oldSlug).status()).isEqualTo(404);
	}

	@Test
	void acceptsHttpsImagesAndOurCdnPaths() {
		String id = create().get("id").asString();

		Reply patched = api.send(HttpMethod.PATCH, "/api/v1/admin/products/" + id, admin, object("images",
				List.of("https://cdn.vurksha.in:8443/catalogue/tomato.jpg?v=2", "/cdn/catalogue/tomato-2.jpg")));

		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.data().get("images")).extracting(image -> image.at("/card/url").asString())
			.containsExactly("https://cdn.vurksha.in:8443/catalogue/tomato.jpg?v=2", "/cdn/catalogue/tomato-2.jpg");
		assertThat(patched.data().get("imageUrl").asString())
			.isEqualTo("https://cdn.vurksha.in:8443/catalogue/tomato.jpg?v=2");
	}

	@Test
	void deactivatesAProductSoTheShopNoLongerShowsIt() {
		JsonNode product = create();
		String id = product.get("id").asString();
		api.get("/api/v1/products/" + id);

		Reply deleted = api.send(HttpMethod.DELETE, "/api/v1/admin/products/" + id, admin, null);

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(api.get("/api/v1/products/" + id).errorCode()).isEqualTo("PRODUCT_NOT_FOUND");
		assertThat(api.get("/api/v1/products?category=" + categoryId).data()).isEmpty();
		assertThat(api.get("/api/v1/admin/products/" + id, admin).data().get("active").asBoolean()).isFalse();
		assertThat(eventTypes(id)).containsExactly("product.product.created", "product.product.deactivated");
	}

	@Test
	void addsAPackToAProduct() {
		JsonNode product = create();

		Reply added = api.send(HttpMethod.POST, "/api/v1/admin/products/" + product.get("id").asString() + "/variants",
				admin, object("unit", "G", "unitValue", 500, "price", 5500, "mrp", 6000, "initialStock", 5));

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.data().get("label").asString()).isEqualTo("500 g");
		assertThat(api.get("/api/v1/products/" + product.get("id").asString()).data().get("variants"))
			.extracting(v -> v.get("label").asString())
			.containsExactly("250 g", "500 g", "1 kg");
	}

	@Test
	void addsASubCategoryThatTheTreeShowsAtOnce() {
		api.get("/api/v1/categories");

		Reply child = api.send(HttpMethod.POST, "/api/v1/admin/categories", admin,
				object("name", "Leafy Greens " + unique(), "parentId", categoryId));

		assertThat(child.status()).isEqualTo(201);
		JsonNode parent = null;
		for (JsonNode node : api.get("/api/v1/categories").data()) {
			if (node.get("id").asString().equals(categoryId)) {
				parent = node;
			}
		}
		assertThat(parent).isNotNull();
		assertThat(parent.get("children")).extracting(c -> c.get("id").asString())
			.containsExactly(child.data().get("id").asString());
	}

	@Test
	void addsAFarmThatIsServedPublicly() {
		Reply farm = api.get("/api/v1/farms/" + farmSlug);

		assertThat(farm.status()).isEqualTo(200);
		assertThat(farm.data().get("village").asString()).isEqualTo("Malur");
	}

	@Nested
	class RequiresAnAdmin {

		@Test
		void answers401WithoutAToken() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/products", null, tomato("Tomato " + unique()));

			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.body().get("success").asBoolean()).isFalse();
			assertThat(reply.errorCode()).isEqualTo("UNAUTHORIZED");
		}

		@Test
		void answers403ToACustomer() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/products", TestTokens.customer(),
					tomato("Tomato " + unique()));

			assertThat(reply.status()).isEqualTo(403);
			assertThat(reply.errorCode()).isEqualTo("FORBIDDEN");
		}

		@Test
		void answers401ToAnExpiredToken() {
			String expired = TestTokens.token("admin-1", List.of("ADMIN"), TestTokens.ISSUER, Duration.ofMinutes(-5));

			assertThat(api.send(HttpMethod.DELETE, "/api/v1/admin/products/x", expired, null).status()).isEqualTo(401);
		}

		@Test
		void answers401ToATokenFromAnotherIssuer() {
			String foreign = TestTokens.token("admin-1", List.of("ADMIN"), "someone-else", Duration.ofMinutes(5));

			assertThat(api.get("/api/v1/admin/products/x", foreign).status()).isEqualTo(401);
		}

		@Test
		void forEveryAdminPath() {
			String customer = TestTokens.customer();

			assertThat(api.send(HttpMethod.POST, "/api/v1/admin/categories", customer, object("name", "X")).status())
				.isEqualTo(403);
			assertThat(api.send(HttpMethod.POST, "/api/v1/admin/farms", customer, object("name", "X")).status())
				.isEqualTo(403);
			assertThat(api.get("/api/v1/admin/inventory/x", customer).status()).isEqualTo(403);
			assertThat(api.get("/api/v1/admin/inventory/x").status()).isEqualTo(401);
		}
	}

	@Nested
	class Rejects {

		@Test
		void aSlugInUse() {
			JsonNode first = create();

			Reply second = api.send(HttpMethod.POST, "/api/v1/admin/products", admin,
					withField(tomato("Other"), "slug", first.get("slug").asString()));

			assertThat(second.status()).isEqualTo(409);
			assertThat(second.errorCode()).isEqualTo("SLUG_TAKEN");
		}

		@Test
		void anUnknownCategory() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/products", admin,
					withField(tomato("Tomato " + unique()), "categoryId", "no-such-category"));

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("CATEGORY_NOT_FOUND");
		}

		@Test
		void anUnknownFarm() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/products", admin,
					withField(tomato("Tomato " + unique()), "farmId", "no-such-farm"));

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("FARM_NOT_FOUND");
		}

		@Test
		void anUnknownParentCategory() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/categories", admin,
					object("name", "Orphans", "parentId", "nowhere"));

			assertThat(reply.errorCode()).isEqualTo("CATEGORY_NOT_FOUND");
		}

		@Test
		void aPriceAboveMrp() {
			Map<String, Object> request = tomato("Tomato " + unique());
			request.put("variants", List.of(object("unit", "KG", "unitValue", 1, "price", 5000, "mrp", 4000)));

			assertValidationFailed(api.send(HttpMethod.POST, "/api/v1/admin/products", admin, request),
					"variants[0].price");
		}

		@Test
		void aPriceChangeAboveMrp() {
			JsonNode product = create();

			Reply reply = api.send(HttpMethod.PATCH, "/api/v1/admin/products/" + product.get("id").asString()
					+ "/variants/" + product.get("variants").get(0).get("id").asString(), admin, object("price", 99999));

			assertValidationFailed(reply, "price");
		}

		@Test
		void aProductWithoutPacks() {
			assertValidationFailed(api.send(HttpMethod.POST, "/api/v1/admin/products", admin,
					withField(tomato("Tomato " + unique()), "variants", List.of())), "variants");
		}

		@Test
		void imageUrlsThatAreNeitherHttpsNorOurCdn() {
			String id = create().get("id").asString();
			for (String url : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "file:///etc/passwd",
					"http://images.example/t.jpg", "data:image/png;base64,AAAA", "//evil.example/t.jpg",
					"ftp://images.example/t.jpg", "https://", "https://images.example/t.jpg\"><script>",
					"/cdn/../../etc/passwd", "images.example/t.jpg")) {
				Reply created = api.send(HttpMethod.POST, "/api/v1/admin/products", admin,
						withField(tomato("Tomato " + unique()), "images", List.of(url)));
				Reply changed = api.send(HttpMethod.PATCH, "/api/v1/admin/products/" + id, admin,
						object("images", List.of("https://images.example/ok.jpg", url)));

				assertThat(created.status()).as(url).isEqualTo(400);
				assertThat(created.errorCode()).as(url).isEqualTo("VALIDATION_FAILED");
				assertThat(created.body().at("/error/details/0/field").asString()).as(url).startsWith("images");
				assertThat(changed.status()).as(url).isEqualTo(400);
				assertThat(changed.errorCode()).as(url).isEqualTo("VALIDATION_FAILED");
			}
			assertThat(api.get("/api/v1/admin/products/" + id, admin).data().get("images"))
				.extracting(image -> image.at("/full/url").asString())
				.containsExactly("https://images.example/t.jpg");
		}

		@Test
		void aMissingName() {
			Map<String, Object> request = tomato("x");
			request.remove("name");

			assertValidationFailed(api.send(HttpMethod.POST, "/api/v1/admin/products", admin, request), "name");
		}

		@Test
		void anUnknownField() {
			assertValidationFailed(api.send(HttpMethod.POST, "/api/v1/admin/products", admin,
					withField(tomato("Tomato " + unique()), "colour", "red")), "colour");
		}

		@Test
		void aPriceThatIsNotANumber() {
			Map<String, Object> request = tomato("Tomato " + unique());
			request.put("variants", List.of(object("unit", "KG", "unitValue", 1, "price", "cheap", "mrp", 4000)));

			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/products", admin, request);

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void anUnknownUnit() {
			Map<String, Object> request = tomato("Tomato " + unique());
			request.put("variants", List.of(object("unit", "KILO", "unitValue", 1, "price", 100, "mrp", 100)));

			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/products", admin, request);

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.body().get("success").asBoolean()).isFalse();
		}

		@Test
		void malformedJson() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/products", admin, "{\"name\": ");

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("MALFORMED_REQUEST");
		}

		@Test
		void aVariantOfAnotherProduct() {
			JsonNode one = create();
			JsonNode other = create();

			Reply reply = api.send(HttpMethod.PATCH, "/api/v1/admin/products/" + one.get("id").asString()
					+ "/variants/" + other.get("variants").get(0).get("id").asString(), admin, object("price", 100));

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("VARIANT_NOT_FOUND");
		}

		@Test
		void changesToAnUnknownProduct() {
			Reply reply = api.send(HttpMethod.PATCH, "/api/v1/admin/products/no-such-product", admin,
					object("name", "x"));

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("PRODUCT_NOT_FOUND");
		}

		private void assertValidationFailed(Reply reply, String field) {
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.body().get("error").get("details")).extracting(d -> d.get("field").asString())
				.contains(field);
		}
	}

	private JsonNode create() {
		Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/products", admin, tomato("Tomato " + unique()));
		assertThat(reply.status()).isEqualTo(201);
		return reply.data();
	}

	/** A 250 g pack at ₹30 (MRP ₹35) with 20 in stock, and a 1 kg pack at ₹110 with none. */
	private Map<String, Object> tomato(String name) {
		return object("name", name, "nameHi", "Tamatar", "description", "Country tomatoes", "categoryId", categoryId,
				"farmId", farmSlug, "tags", List.of(" Desi "), "images", List.of("https://images.example/t.jpg"),
				"hsnCode", "0702", "gstRate", 0, "variants",
				List.of(object("unit", "G", "unitValue", 250, "price", 3000, "mrp", 3500, "initialStock", 20),
						object("unit", "KG", "unitValue", 1, "price", 11000, "mrp", 12000, "sortOrder", 2)));
	}

	private static Map<String, Object> withField(Map<String, Object> request, String field, Object value) {
		request.put(field, value);
		return request;
	}

	private long fromPriceInList(String slug) {
		for (JsonNode item : api.get("/api/v1/products?category=" + categoryId + "&limit=100").data()) {
			if (item.get("slug").asString().equals(slug)) {
				return item.get("fromPrice").asLong();
			}
		}
		throw new AssertionError("No " + slug + " in the list");
	}

	private List<String> eventTypes(String productId) {
		return jdbc.sql("SELECT type FROM platform.outbox WHERE aggregate_id = :id ORDER BY seq")
			.param("id", productId)
			.query(String.class)
			.list();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
