package com.vurksha.cart;

import java.time.Duration;
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
import com.vurksha.cart.support.FakeProductService;
import com.vurksha.cart.support.FakeProductService.Variant;
import com.vurksha.cart.support.TestServiceTokens;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.platformtest.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis is unreachable (the client points at a closed port). It is the cart's only store, so every cart call
 * answers a retryable 503 envelope rather than an empty cart or a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class RedisUnavailableIntegrationTests {

	static final FakeProductService products = new FakeProductService();

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", () -> 1);
		registry.add("vurksha.catalogue.product-service-url", products::baseUrl);
		// each test sees the product service as it just set it (RememberedVariantsIntegrationTests covers the memory)
		registry.add("vurksha.catalogue.remember", () -> "0s");
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	Api api;

	String customer;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
		products.knows(Variant.of("var-tomato-kg1", "Tomato", 4000));
		customer = TestTokens.token("customer-" + UUID.randomUUID(), List.of("CUSTOMER"), TestTokens.ISSUER,
				Duration.ofMinutes(15));
	}

	@Test
	void readingTheCartAnswersARetryable503() {
		assertRetryableUnavailable(api.get("/api/v1/cart", customer));
	}

	@Test
	void changingTheCartAnswersARetryable503() {
		assertRetryableUnavailable(
				api.send(HttpMethod.PUT, "/api/v1/cart/items/var-tomato-kg1", customer, object("quantity", 1)));
	}

	@Test
	void emptyingTheCartAnswersARetryable503() {
		assertRetryableUnavailable(api.send(HttpMethod.DELETE, "/api/v1/cart", customer, null));
	}

	private static void assertRetryableUnavailable(Reply reply) {
		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.body().get("success").asBoolean()).isFalse();
		assertThat(reply.errorCode()).isEqualTo("CART_UNAVAILABLE");
		assertThat(reply.body().get("error").get("retryable").asBoolean()).isTrue();
		assertThat(reply.headers().getFirst("Retry-After")).isNotBlank();
	}
}
