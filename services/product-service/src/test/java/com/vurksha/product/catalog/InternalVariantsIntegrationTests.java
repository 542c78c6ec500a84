package com.vurksha.product.catalog;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
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

/** The internal bulk read of variants that carts and checkouts price with, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class InternalVariantsIntegrationTests {

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

	String cartService;

	String productId;

	String mango;

	String soldOut;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
		admin = TestTokens.admin();
		cartService = TestTokens.service("cart-service", "product-service", "variants:read");
		String category = api.send(HttpMethod.POST, "/api/v1/admin/categories", admin, object("name", "Fruit " + unique()))
			.data()
			.get("id")
			.asString();
		String farm = api.send(HttpMethod.POST, "/api/v1/admin/farms", admin,
				object("name", "Ratnagiri " + unique(), "state", "Maharashtra"))
			.data()
			.get("id")
			.asString();
		JsonNode product = api.send(HttpMethod.POST, "/api/v1/admin/products", admin,
				object("name", "Alphonso " + unique(), "categoryId", category, "farmId", farm, "gstRate", 0, "images",
						List.of("https://images.example/alphonso.jpg"), "variants",
						List.of(object("unit", "DOZEN", "unitValue", 1, "price", 120000, "mrp", 150000, "maxPerOrder", 4,
								"initialStock", 7, "sortOrder", 1),
								object("unit", "PIECE", "unitValue", 6, "price", 65000, "mrp", 70000, "initialStock", 0,
										"sortOrder", 2))))
			.data();
		productId = product.get("id").asString();
		mango = product.get("variants").get(0).get("id").asString();
		soldOut = product.get("variants").get(1).get("id").asString();
	}

	@Test
	void answersCurrentPriceAndStockInTheOrderAskedLeavingOutUnknownIds() {
		Reply reply = api.get("/internal/v1/variants?ids=" + soldOut + ",no-such-variant," + mango, cartService);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data()).extracting(v -> v.get("variantId").asString()).containsExactly(soldOut, mango);
		JsonNode dozen = reply.data().get(1);
		assertThat(dozen.get("productId").asString()).isEqualTo(productId);
		assertThat(dozen.get("productName").asString()).startsWith("Alphonso ");
		assertThat(dozen.get("variantLabel").asString()).isEqualTo("1 dozen");
		assertThat(dozen.get("unit").asString()).isEqualTo("DOZEN");
		assertThat(dozen.get("unitValue").asInt()).isEqualTo(1);
		assertThat(dozen.get("price").asLong()).isEqualTo(120000);
		assertThat(dozen.get("mrp").asLong()).isEqualTo(150000);
		assertThat(dozen.get("available").asInt()).isEqualTo(7);
		assertThat(dozen.get("inStock").asBoolean()).isTrue();
		assertThat(dozen.get("maxPerOrder").asInt()).isEqualTo(4);
		assertThat(dozen.get("active").asBoolean()).isTrue();
		assertThat(dozen.get("imageUrl").asString()).isEqualTo("https://images.example/alphonso.jpg");
		assertThat(dozen.get("gstRateBp").asInt()).isZero();
		assertThat(reply.data().get(0).get("inStock").asBoolean()).isFalse();
	}

	@Test
	void showsAPriceChangeAtOnce() {
		api.get("/internal/v1/variants?ids=" + mango, cartService);
		api.send(HttpMethod.PATCH, "/api/v1/admin/products/" + productId + "/variants/" + mango, admin,
				object("price", 110000));

		Reply reply = api.get("/internal/v1/variants?ids=" + mango, cartService);

		assertThat(reply.data().get(0).get("price").asLong()).isEqualTo(110000);
	}

	@Test
	void marksAWithdrawnVariantInactiveAndOutOfStock() {
		api.send(HttpMethod.PATCH, "/api/v1/admin/products/" + productId + "/variants/" + mango, admin,
				object("active", false));

		JsonNode variant = api.get("/internal/v1/variants?ids=" + mango, cartService).data().get(0);

		assertThat(variant.get("active").asBoolean()).isFalse();
		assertThat(variant.get("inStock").asBoolean()).isFalse();
	}

	@Nested
	class Refuses {

		@Test
		void aCallerWithoutAToken() {
			assertThat(api.get("/internal/v1/variants?ids=" + mango).status()).isEqualTo(401);
		}

		@Test
		void noIds() {
			assertValidationFailed(api.get("/internal/v1/variants", cartService));
			assertValidationFailed(api.get("/internal/v1/variants?ids=,,", cartService));
		}

		@Test
		void moreThanAHundredIds() {
			String ids = IntStream.rangeClosed(1, 101).mapToObj(i -> "v" + i).collect(Collectors.joining(","));

			assertValidationFailed(api.get("/internal/v1/variants?ids=" + ids, cartService));
		}

		private void assertValidationFailed(Reply reply) {
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.body().get("error").get("details").get(0).get("field").asString()).isEqualTo("ids");
		}
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
