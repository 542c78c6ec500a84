package com.vurksha.cart.cart;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.cart.support.FakeProductService;
import com.vurksha.cart.support.FakeProductService.Variant;
import com.vurksha.cart.support.TestServiceTokens;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.platform.cache.RedisProperties;
import com.vurksha.platformtest.ApiDocuments;
import com.vurksha.platformtest.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The cart over real HTTP, with the real Redis and a fake product service on a loopback port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class CartIntegrationTests {

	static final FakeProductService products = new FakeProductService();

	static final Variant TOMATO = Variant.of("var-tomato-kg1", "Tomato", 4000);

	static final Variant ONION = Variant.of("var-onion-kg1", "Onion", 3000);

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("vurksha.catalogue.product-service-url", products::baseUrl);
		// each test sees the product service as it just set it (RememberedVariantsIntegrationTests covers the memory)
		registry.add("vurksha.catalogue.remember", () -> "0s");
		// one attempt per read and a breaker that stays closed, so each test sees the product service as it set it
		registry.add("vurksha.clients.product.max-attempts", () -> 1);
		registry.add("vurksha.clients.product.minimum-calls", () -> 1000);
		registry.add("vurksha.clients.product.sliding-window", () -> 1000);
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Autowired
	JwtDecoder jwtDecoder;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	RedisProperties redisProperties;

	Api api;

	String userId;

	String customer;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
		products.ensureRunning();
		products.knows(TOMATO, ONION);
		userId = "customer-" + UUID.randomUUID();
		customer = token(userId);
	}

	@Test
	void aNewCustomerHasAnEmptyCart() {
		Reply reply = api.get("/api/v1/cart", customer);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("success").asBoolean()).isTrue();
		assertThat(reply.data().get("items")).isEmpty();
		assertThat(reply.data().get("subtotal").asLong()).isZero();
		assertThat(reply.data().get("itemCount").asInt()).isZero();
		assertThat(reply.data().get("currency").asString()).isEqualTo("INR");
		assertThat(reply.data().get("warnings")).isEmpty();
	}

	@Test
	void addsAnItemPricedByTheProductServiceAskedWithTheCustomersToken() {
		Reply reply = put(TOMATO.variantId(), 2);

		assertThat(reply.status()).isEqualTo(200);
		JsonNode item = reply.data().get("items").get(0);
		assertThat(item.get("variantId").asString()).isEqualTo(TOMATO.variantId());
		assertThat(item.get("productId").asString()).isEqualTo("prod-" + TOMATO.variantId());
		assertThat(item.get("productName").asString()).isEqualTo("Tomato");
		assertThat(item.get("variantLabel").asString()).isEqualTo("1 kg");
		assertThat(item.get("imageUrl").asString()).endsWith(".jpg");
		assertThat(item.get("quantity").asInt()).isEqualTo(2);
		assertThat(item.get("unitPrice").asLong()).isEqualTo(4000);
		assertThat(item.get("mrp").asLong()).isEqualTo(4500);
		assertThat(item.get("lineTotal").asLong()).isEqualTo(8000);
		assertThat(item.get("inStock").asBoolean()).isTrue();
		assertThat(item.get("available").asInt()).isEqualTo(100);
		assertThat(reply.data().get("subtotal").asLong()).isEqualTo(8000);
		// the product service is called with the cart service's own token for product-service, never the customer's
		assertThat(products.authorizationsReceived()).isNotEmpty().allSatisfy(header -> {
			assertThat(header).startsWith("Bearer ").isNotEqualTo("Bearer " + customer);
			Jwt token = jwtDecoder.decode(header.substring("Bearer ".length()));
			assertThat(token.getClaimAsString("client_id")).isEqualTo("cart-service");
			assertThat(token.getAudience()).containsExactly("product-service");
		});
	}

	@Test
	void keepsTheCartBetweenCallsAndChangesALinesQuantity() {
		put(TOMATO.variantId(), 2);
		put(ONION.variantId(), 1);

		put(TOMATO.variantId(), 5);
		Reply reply = api.get("/api/v1/cart", customer);

		assertThat(reply.data().get("items")).extracting(i -> i.get("variantId").asString(),
				i -> i.get("quantity").asInt())
			.containsExactly(tuple(TOMATO.variantId(), 5),
					tuple(ONION.variantId(), 1));
		assertThat(reply.data().get("itemCount").asInt()).isEqualTo(6);
		assertThat(reply.data().get("subtotal").asLong()).isEqualTo(5 * 4000 + 3000);
	}

	@Test
	void aQuantityOfZeroRemovesTheLine() {
		put(TOMATO.variantId(), 2);
		put(ONION.variantId(), 1);

		Reply reply = put(TOMATO.variantId(), 0);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("items")).extracting(i -> i.get("variantId").asString())
			.containsExactly(ONION.variantId());
	}

	@Test
	void deleteEmptiesTheCart() {
		put(TOMATO.variantId(), 2);

		Reply deleted = api.send(HttpMethod.DELETE, "/api/v1/cart", customer, null);

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(api.get("/api/v1/cart", customer).data().get("items")).isEmpty();
	}

	@Test
	void checkoutReadsTheLinesUnpricedWithAVersionThatGrowsWithEveryLineSet() {
		put(TOMATO.variantId(), 2);
		Reply first = internalCart(customer);
		put(ONION.variantId(), 1);
		put(ONION.variantId(), 1);
		Reply second = internalCart(customer);

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.data().get("items")).extracting(i -> i.get("variantId").asString(),
				i -> i.get("quantity").asInt())
			.containsExactly(tuple(TOMATO.variantId(), 2));
		assertThat(second.data().get("items")).extracting(i -> i.get("variantId").asString())
			.containsExactlyInAnyOrder(TOMATO.variantId(), ONION.variantId());
		assertThat(second.data().get("version").asLong()).isGreaterThan(first.data().get("version").asLong() + 1);
	}

	@Test
	void aCartEmptiedAndFilledAgainHasALaterVersionThanBefore() {
		put(TOMATO.variantId(), 2);
		long before = internalCart(customer).data().get("version").asLong();

		api.send(HttpMethod.DELETE, "/api/v1/cart", customer, null);
		put(TOMATO.variantId(), 2);

		assertThat(internalCart(customer).data().get("version").asLong()).isGreaterThan(before);
	}

	@Test
	void warnsOnceThatAPriceChangedSinceTheCustomerLastSawIt() {
		put(TOMATO.variantId(), 2);
		products.knows(TOMATO.withPrice(4500), ONION);

		Reply first = api.get("/api/v1/cart", customer);
		Reply second = api.get("/api/v1/cart", customer);

		assertThat(first.data().get("items").get(0).get("unitPrice").asLong()).isEqualTo(4500);
		assertThat(first.data().get("subtotal").asLong()).isEqualTo(9000);
		assertThat(warningCodes(first)).containsExactly("PRICE_CHANGED");
		assertThat(first.data().get("warnings").get(0).get("variantId").asString()).isEqualTo(TOMATO.variantId());
		assertThat(warningCodes(second)).isEmpty();
	}

	@Test
	void reducesAQuantityTheStockNoLongerCovers() {
		put(TOMATO.variantId(), 8);
		products.knows(TOMATO.withAvailable(3), ONION);

		Reply reply = api.get("/api/v1/cart", customer);

		assertThat(warningCodes(reply)).containsExactly("QUANTITY_REDUCED");
		assertThat(reply.data().get("items").get(0).get("quantity").asInt()).isEqualTo(3);
		assertThat(api.get("/api/v1/cart", customer).data().get("items").get(0).get("quantity").asInt()).isEqualTo(3);
	}

	@Test
	void warnsOfAnOutOfStockLineAndLeavesItOutOfTheSubtotal() {
		put(TOMATO.variantId(), 2);
		put(ONION.variantId(), 1);
		products.knows(TOMATO.withAvailable(0), ONION);

		Reply reply = api.get("/api/v1/cart", customer);

		assertThat(warningCodes(reply)).containsExactly("OUT_OF_STOCK");
		assertThat(reply.data().get("items").get(0).get("inStock").asBoolean()).isFalse();
		assertThat(reply.data().get("subtotal").asLong()).isEqualTo(3000);
	}

	@Test
	void warnsOfALineNoLongerSold() {
		put(TOMATO.variantId(), 2);
		products.knows(ONION);

		Reply reply = api.get("/api/v1/cart", customer);

		assertThat(warningCodes(reply)).containsExactly("UNAVAILABLE");
		assertThat(reply.data().get("items").get(0).get("productName").asString()).isEqualTo("Tomato");
		assertThat(reply.data().get("subtotal").asLong()).isZero();
	}

	@Test
	void anotherCustomersCartIsNeverVisible() {
		put(TOMATO.variantId(), 2);
		String neighbour = token("customer-" + UUID.randomUUID());

		Reply theirs = api.get("/api/v1/cart", neighbour);
		api.send(HttpMethod.DELETE, "/api/v1/cart", neighbour, null);

		assertThat(theirs.data().get("items")).isEmpty();
		assertThat(api.get("/api/v1/cart", customer).data().get("items")).hasSize(1);
	}

	@Test
	void everyUseStartsTheCartsExpiryAgain() {
		put(TOMATO.variantId(), 2);
		String key = redisProperties.keyPrefix() + "cart:" + userId;
		redis.expire(key, Duration.ofSeconds(30));
		redis.expire(key + ":seen", Duration.ofSeconds(30));

		api.get("/api/v1/cart", customer);

		assertThat(redis.getExpire(key)).isGreaterThan(Duration.ofDays(6).toSeconds());
		assertThat(redis.getExpire(key + ":seen")).isGreaterThan(Duration.ofDays(6).toSeconds());
		assertThat(redis.opsForHash().get(key, TOMATO.variantId())).isEqualTo("2");
	}

	@Test
	void aChangeAlsoStartsTheExpiryAgain() {
		put(TOMATO.variantId(), 2);
		String key = redisProperties.keyPrefix() + "cart:" + userId;
		redis.expire(key, Duration.ofSeconds(30));

		put(ONION.variantId(), 1);

		assertThat(redis.getExpire(key)).isGreaterThan(Duration.ofDays(6).toSeconds());
	}

	@Test
	void aCartLeftUnusedUntilItExpiresIsEmpty() {
		put(TOMATO.variantId(), 2);
		redis.delete(List.of(redisProperties.keyPrefix() + "cart:" + userId,
				redisProperties.keyPrefix() + "cart:" + userId + ":seen"));

		assertThat(api.get("/api/v1/cart", customer).data().get("items")).isEmpty();
	}

	@Test
	void servesHealthProbesAndAnApiDocumentDescribingTheCartCalls() {
		assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
		assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
		Reply docs = api.get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().get("paths").propertyNames()).contains("/api/v1/cart",
				"/api/v1/cart/items/{variantId}");
		ApiDocuments.export(docs.body(), "cart");
	}

	@Nested
	class RefusesBadInput {

		@Test
		void aQuantityAboveTheVariantsMaxPerOrder() {
			Reply reply = put(TOMATO.variantId(), 11);

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("QUANTITY_ABOVE_MAX_PER_ORDER");
			assertThat(reply.body().get("error").get("details").get(0).get("field").asString()).isEqualTo("quantity");
		}

		@Test
		void aQuantityOffTheVariantsSteps() {
			products.knows(TOMATO.soldInSteps(2, 2));

			Reply reply = put(TOMATO.variantId(), 3);

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("QUANTITY_NOT_ALLOWED");
			assertThat(reply.body().get("error").get("details").get(0).get("message").asString())
				.isEqualTo("at least 2, in steps of 2");
		}

		@Test
		void aQuantityAboveTheStock() {
			products.knows(TOMATO.withAvailable(4));

			Reply reply = put(TOMATO.variantId(), 5);

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("INSUFFICIENT_STOCK");
			assertThat(reply.body().get("error").get("details").get(0).get("message").asString())
				.isEqualTo("available 4");
		}

		@Test
		void aVariantTheProductServiceDoesNotKnow() {
			Reply reply = put("var-unknown", 1);

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("VARIANT_NOT_FOUND");
		}

		@Test
		void aVariantNoLongerSold() {
			products.knows(TOMATO.inactive());

			Reply reply = put(TOMATO.variantId(), 1);

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("VARIANT_UNAVAILABLE");
		}

		@Test
		void aFiftyFirstLine() {
			Variant[] fifty = IntStream.range(0, 51).mapToObj(i -> Variant.of("var-" + i, "Item " + i, 1000))
				.toArray(Variant[]::new);
			products.knows(fifty);
			for (int i = 0; i < 50; i++) {
				assertThat(put("var-" + i, 1).status()).isEqualTo(200);
			}

			Reply reply = put("var-50", 1);

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("CART_LINE_LIMIT");
			assertThat(api.get("/api/v1/cart", customer).data().get("items")).hasSize(50);
			assertThat(put("var-7", 3).status()).isEqualTo(200);
		}

		@Test
		void aNegativeQuantity() {
			assertValidationFailed(api.send(HttpMethod.PUT, itemPath(TOMATO.variantId()), customer,
					object("quantity", -1)), "quantity");
		}

		@Test
		void aMissingQuantity() {
			assertValidationFailed(api.send(HttpMethod.PUT, itemPath(TOMATO.variantId()), customer, object()),
					"quantity");
		}

		@Test
		void aQuantityThatIsNotANumber() {
			Reply reply = api.send(HttpMethod.PUT, itemPath(TOMATO.variantId()), customer, "{\"quantity\":\"two\"}");

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.body().get("success").asBoolean()).isFalse();
		}

		@Test
		void aBodyThatIsNotJson() {
			Reply reply = api.send(HttpMethod.PUT, itemPath(TOMATO.variantId()), customer, "quantity=2");

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isIn("MALFORMED_REQUEST", "VALIDATION_FAILED");
		}

		@Test
		void aVariantIdOfForbiddenCharacters() {
			assertValidationFailed(api.send(HttpMethod.PUT, itemPath("bad~id"), customer, object("quantity", 1)),
					"variantId");
		}

		@Test
		void aCallWithoutAToken() {
			Reply reply = api.get("/api/v1/cart");

			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.errorCode()).isEqualTo("UNAUTHORIZED");
		}

		private void assertValidationFailed(Reply reply, String field) {
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.body().get("error").get("details")).anySatisfy(
					detail -> assertThat(detail.get("field").asString()).isEqualTo(field));
		}
	}

	@Nested
	class WhenTheProductServiceIsDown {

		@AfterEach
		void restart() {
			products.ensureRunning();
		}

		@Test
		void answersWithTheLastKnownPricesAndAWarning() {
			put(TOMATO.variantId(), 2);
			products.stop();

			Reply reply = api.get("/api/v1/cart", customer);

			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.data().get("items").get(0).get("unitPrice").asLong()).isEqualTo(4000);
			assertThat(reply.data().get("subtotal").asLong()).isEqualTo(8000);
			assertThat(warningCodes(reply)).containsExactly("PRICES_MAY_BE_STALE");
		}

		@Test
		void answersWithTheLastKnownPricesWhenItFails() {
			put(TOMATO.variantId(), 2);
			products.fails();

			Reply reply = api.get("/api/v1/cart", customer);

			assertThat(reply.status()).isEqualTo(200);
			assertThat(warningCodes(reply)).containsExactly("PRICES_MAY_BE_STALE");
		}

		@Test
		void stillRemovesALine() {
			put(TOMATO.variantId(), 2);
			put(ONION.variantId(), 1);
			products.stop();

			Reply reply = put(TOMATO.variantId(), 0);

			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.data().get("items")).extracting(i -> i.get("variantId").asString())
				.containsExactly(ONION.variantId());
		}

		@Test
		void refusesAChangeItCannotCheckWithARetryableError() {
			products.stop();

			Reply reply = put(TOMATO.variantId(), 1);

			assertThat(reply.status()).isEqualTo(503);
			assertThat(reply.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
			assertThat(reply.body().get("error").get("retryable").asBoolean()).isTrue();
		}
	}

	private Reply put(String variantId, int quantity) {
		return api.send(HttpMethod.PUT, itemPath(variantId), customer, object("quantity", quantity));
	}

	private static String itemPath(String variantId) {
		return "/api/v1/cart/items/" + variantId;
	}

	private static List<String> warningCodes(Reply reply) {
		return reply.data().get("warnings").valueStream().map(w -> w.get("code").asString()).toList();
	}

	private static String token(String subject) {
		return TestTokens.token(subject, List.of("CUSTOMER"), TestTokens.ISSUER, Duration.ofMinutes(15));
	}

	/** The cart as the order service reads it: its own token, the customer as context. */
	private Reply internalCart(String customerToken) {
		return api.get("/internal/v1/cart", TestTokens.service("order-service", "cart-service", "cart:read"),
				TestTokens.customerContext(customerToken));
	}

}
