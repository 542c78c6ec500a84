package com.vurksha.product.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
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

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator sets a product's pictures from files of the file service, stood in for on the loopback: the pictures
 * show on the product page and in the list in their order, events tell search and the file service, and anything the
 * file service does not confirm as a finished product image changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class ProductImagesIntegrationTests {

	static final WireMockServer fileService = new WireMockServer(
			WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

	static final String PLAIN_IMAGE = "https://images.example/t.jpg";

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		fileService.start();
		registry.add("vurksha.services.file", fileService::baseUrl);
	}

	@AfterAll
	static void stop() {
		fileService.stop();
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String admin;

	JsonNode product;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
		admin = TestTokens.admin();
		fileService.resetAll();
		String categoryId = api.send(HttpMethod.POST, "/api/v1/admin/categories", admin,
				object("name", "Fruit " + unique(), "sortOrder", 1))
			.data()
			.get("id")
			.asString();
		String farmId = api.send(HttpMethod.POST, "/api/v1/admin/farms", admin,
				object("name", "Ratnagiri Farm " + unique(), "village", "Pawas", "district", "Ratnagiri", "state",
						"Maharashtra", "certifiedOrganic", false))
			.data()
			.get("id")
			.asString();
		Reply created = api.send(HttpMethod.POST, "/api/v1/admin/products", admin,
				object("name", "Alphonso " + unique(), "categoryId", categoryId, "farmId", farmId, "gstRate", 0,
						"images", List.of(PLAIN_IMAGE), "variants",
						List.of(object("unit", "PIECE", "unitValue", 12, "price", 90000, "mrp", 100000,
								"initialStock", 5))));
		assertThat(created.status()).isEqualTo(201);
		product = created.data();
	}

	@Test
	void showsTheChosenPicturesInTheirOrderOnTheProductPageAndInTheList() {
		String first = productImage();
		String second = productImage();
		String page = "/api/v1/products/" + id();
		assertThat(api.get(page).data().get("imageUrl").asString()).isEqualTo(PLAIN_IMAGE);

		Reply set = setImages(admin, second, first);

		assertThat(set.status()).isEqualTo(200);
		assertThat(set.data().get("images")).extracting(image -> image.get("fileId").asString())
			.containsExactly(second, first);
		JsonNode shown = api.get(page).data();
		assertThat(shown.get("images")).extracting(image -> image.get("fileId").asString())
			.containsExactly(second, first);
		assertThat(shown.get("imageUrl").asString()).isEqualTo(cdn(second, "card"));
		JsonNode full = shown.get("images").get(0).get("full");
		assertThat(full.get("url").asString()).isEqualTo(cdn(second, "full"));
		assertThat(full.get("width").asInt()).isEqualTo(1600);
		assertThat(full.get("sources")).extracting(source -> source.get("format").asString())
			.containsExactly("webp", "jpeg");
		JsonNode tile = tile();
		assertThat(tile.get("imageUrl").asString()).isEqualTo(cdn(second, "card"));
		assertThat(tile.get("image").asString()).isEqualTo(cdn(second, "card"));
		assertThat(tile.get("images")).extracting(image -> image.at("/thumb/url").asString())
			.containsExactly(cdn(second, "thumb"), cdn(first, "thumb"));
		assertThat(tile.get("images").get(0).get("card").has("sources")).isFalse();
		fileService.verify(getRequestedFor(urlPathEqualTo("/internal/v1/files/" + first))
			.withHeader("Authorization", matching("Bearer .+")));
	}

	@Test
	void publishesWhichFilesTheProductUsesAndTheProductWithItsNewPicture() {
		String file = productImage();

		setImages(admin, file);

		assertThat(eventTypes()).containsExactly("product.product.created", "product.product.images-changed",
				"product.product.updated");
		JsonNode imagesChanged = payload("product.product.images-changed");
		assertThat(imagesChanged.get("productId").asString()).isEqualTo(id());
		assertThat(imagesChanged.get("fileIds")).extracting(JsonNode::asString).containsExactly(file);
		JsonNode updated = payload("product.product.updated");
		assertThat(updated.get("changed")).extracting(JsonNode::asString).containsExactly("images");
		assertThat(updated.at("/product/images")).extracting(JsonNode::asString).containsExactly(cdn(file, "card"));
	}

	@Test
	void showsTheFirstPictureToCartsSearchAndTheSearchFeed() {
		String file = productImage();

		setImages(admin, file);

		String variantId = product.get("variants").get(0).get("id").asString();
		Reply packs = api.get("/internal/v1/variants?ids=" + variantId,
				TestTokens.service("cart-service", "product-service", "variants:read"));
		assertThat(packs.data().get(0).get("imageUrl").asString()).isEqualTo(cdn(file, "card"));
		String word = product.get("name").asString().split(" ")[1];
		Reply hits = api.get("/internal/v1/products/search?q=" + word,
				TestTokens.service("search-service", "product-service", "products:search"));
		assertThat(hits.data().at("/hits/0/imageUrl").asString()).isEqualTo(cdn(file, "card"));
		assertThat(fed().get("images")).extracting(JsonNode::asString).containsExactly(cdn(file, "card"));
	}

	@Test
	void removesEveryPictureWithAnEmptyList() {
		setImages(admin, productImage());

		Reply cleared = setImages(admin);

		assertThat(cleared.status()).isEqualTo(200);
		assertThat(cleared.data().get("imageUrl").asString()).isEqualTo(PLAIN_IMAGE);
		assertThat(api.get("/api/v1/products/" + id()).data().get("images"))
			.extracting(image -> image.get("fileId").isNull())
			.containsExactly(true);
		assertThat(payloads("product.product.images-changed").get(1).get("fileIds")).isEmpty();
	}

	@Test
	void answersNotFoundForAnUnknownProductWithoutAskingTheFileService() {
		Reply refused = api.send(HttpMethod.PUT, "/api/v1/admin/products/no-such-product/images", admin,
				object("fileIds", List.of(productImage())));

		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.errorCode()).isEqualTo("PRODUCT_NOT_FOUND");
		assertThat(fileService.getAllServeEvents()).isEmpty();
	}

	@Nested
	class ChangesNothing {

		@Test
		void forAFileTheFileServiceDoesNotKnow() {
			String kept = productImage();
			setImages(admin, kept);
			String unknown = UUID.randomUUID().toString();
			fileService.stubFor(get(urlPathEqualTo("/internal/v1/files/" + unknown)).willReturn(aResponse()
				.withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"success\":false,\"error\":{\"code\":\"FILE_NOT_FOUND\",\"message\":\"no such file\"}}")));

			Reply refused = setImages(admin, productImage(), unknown);

			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.errorCode()).isEqualTo("PRODUCT_IMAGE_INVALID");
			assertThat(refused.body().at("/error/details/0/field").asString()).isEqualTo("fileIds[1]");
			assertThat(refused.body().at("/error/details/0/message").asString()).contains(unknown);
			assertUnchanged(kept);
		}

		@Test
		void forAProofOfDelivery() {
			String proof = file("delivery-proof", "READY");

			Reply refused = setImages(admin, proof);

			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.errorCode()).isEqualTo("PRODUCT_IMAGE_INVALID");
			assertThat(refused.body().at("/error/details/0/message").asString()).contains(proof);
			assertUnchanged(null);
		}

		@Test
		void forAnImageStillBeingProcessed() {
			Reply refused = setImages(admin, file("product-image", "PROCESSING"));

			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.errorCode()).isEqualTo("PRODUCT_IMAGE_INVALID");
			assertUnchanged(null);
		}

		@Test
		void whenTheFileServiceIsDownAndSaysTheRequestMayBeRepeated() {
			String file = UUID.randomUUID().toString();
			fileService.stubFor(get(urlPathEqualTo("/internal/v1/files/" + file))
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

			Reply refused = setImages(admin, file);

			assertThat(refused.status()).isEqualTo(503);
			assertThat(refused.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
			assertThat(refused.body().at("/error/retryable").asBoolean()).isTrue();
			assertUnchanged(null);
		}

		@Test
		void whenTheFileServiceAddressAnswersAPlain404() {
			String file = UUID.randomUUID().toString();
			fileService.stubFor(get(urlPathEqualTo("/internal/v1/files/" + file)).willReturn(aResponse().withStatus(404)));

			Reply refused = setImages(admin, file);

			assertThat(refused.status()).isEqualTo(503);
			assertThat(refused.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
			assertUnchanged(null);
		}

		@Test
		void forACustomer() {
			Reply refused = setImages(TestTokens.customer(), productImage());

			assertThat(refused.status()).isEqualTo(403);
			assertThat(fileService.getAllServeEvents()).isEmpty();
			assertUnchanged(null);
		}

		@Test
		void forTheSameFileTwice() {
			String file = productImage();

			Reply refused = setImages(admin, file, file);

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body().at("/error/details/0/field").asString()).isEqualTo("fileIds[1]");
			assertUnchanged(null);
		}

		@Test
		void forMoreThanTenPictures() {
			List<String> eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> productImage()).toList();

			Reply refused = api.send(HttpMethod.PUT, "/api/v1/admin/products/" + id() + "/images", admin,
					object("fileIds", eleven));

			assertThat(refused.status()).isEqualTo(400);
			assertUnchanged(null);
		}

		/** The product still shows {@code kept} (or its plain image when null) and no event beyond it was written. */
		private void assertUnchanged(String kept) {
			JsonNode shown = api.get("/api/v1/products/" + id()).data();
			assertThat(shown.get("imageUrl").asString()).isEqualTo((kept != null) ? cdn(kept, "card") : PLAIN_IMAGE);
			assertThat(eventTypes()).hasSize((kept != null) ? 3 : 1);
		}
	}

	private Reply setImages(String token, String... fileIds) {
		return api.send(HttpMethod.PUT, "/api/v1/admin/products/" + id() + "/images", token,
				object("fileIds", List.of(fileIds)));
	}

	private String productImage() {
		return file("product-image", "READY");
	}

	/** A file the stand-in file service knows, with the purpose and status given. */
	private String file(String purpose, String status) {
		String fileId = UUID.randomUUID().toString();
		Map<String, Object> data = object("fileId", fileId, "purpose", purpose, "status", status, "width", 1600,
				"height", 1200, "deliveryId", null, "variants", object("thumb", variant(fileId, "thumb", 200), "card",
						variant(fileId, "card", 600), "full", variant(fileId, "full", 1600)));
		fileService.stubFor(get(urlPathEqualTo("/internal/v1/files/" + fileId)).willReturn(aResponse()
			.withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(api.json(object("success", true, "data", data)))));
		return fileId;
	}

	private static Map<String, Object> variant(String fileId, String size, int width) {
		return object("url", cdn(fileId, size), "width", width, "height", width * 3 / 4, "format", "webp", "sources",
				List.of(object("format", "webp", "url", cdn(fileId, size)),
						object("format", "jpeg", "url", cdn(fileId, size).replace(".webp", ".jpg"))));
	}

	private static String cdn(String fileId, String size) {
		return "https://cdn.example/p/" + fileId + "-" + size + ".webp";
	}

	private JsonNode tile() {
		for (JsonNode item : api.get("/api/v1/products?limit=100&sort=newest").data()) {
			if (item.get("id").asString().equals(id())) {
				return item;
			}
		}
		throw new AssertionError("product " + id() + " is not in the list");
	}

	/** The product as the search service's rebuild reads it. */
	private JsonNode fed() {
		String token = TestTokens.service("search-service", "product-service", "products:read");
		for (int page = 1; page < 100; page++) {
			Reply reply = api.get("/internal/v1/products/feed?limit=100&page=" + page, token);
			for (JsonNode listed : reply.data()) {
				if (listed.get("id").asString().equals(id())) {
					return listed;
				}
			}
			if (!reply.body().at("/pagination/hasMore").asBoolean()) {
				break;
			}
		}
		throw new AssertionError("product " + id() + " is not in the feed");
	}

	private String id() {
		return product.get("id").asString();
	}

	private List<String> eventTypes() {
		return jdbc.sql("SELECT type FROM platform.outbox WHERE aggregate_id = :id ORDER BY seq")
			.param("id", id())
			.query(String.class)
			.list();
	}

	private JsonNode payload(String type) {
		return payloads(type).get(0);
	}

	private List<JsonNode> payloads(String type) {
		return jdbc.sql("SELECT payload::text FROM platform.outbox WHERE aggregate_id = :id AND type = :type ORDER BY seq")
			.param("id", id())
			.param("type", type)
			.query(String.class)
			.list()
			.stream()
			.map(json::readTree)
			.toList();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
