package com.vurksha.product;

import java.util.List;

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

import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.product.support.TestServiceTokens;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's scenario 4: Redis is unreachable (the client points at a closed port), and the catalogue still
 * answers from the database, changes included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class RedisUnavailableIntegrationTests {

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("spring.flyway.locations", () -> "classpath:db/migration,classpath:db/demo");
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", () -> 1);
	}

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
	void servesTheCategoryTreeFromTheDatabase() {
		Reply reply = api.get("/api/v1/categories");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data()).isNotEmpty();
	}

	@Test
	void servesProductListsAndPagesFromTheDatabase() {
		for (int i = 0; i < 3; i++) {
			Reply list = api.get("/api/v1/products?category=fruits&sort=price_asc");
			Reply product = api.get("/api/v1/products/alphonso-mango");

			assertThat(list.status()).isEqualTo(200);
			assertThat(list.data()).isNotEmpty();
			assertThat(product.status()).isEqualTo(200);
			assertThat(product.data().get("nameHi").asString()).isEqualTo("हापुस आम");
		}
	}

	@Test
	void stillShowsAPriceChangeMadeWhileRedisIsDown() {
		String admin = TestTokens.admin();
		String path = "/api/v1/products/kesar-mango";
		String variantId = api.get(path).data().get("variants").get(0).get("id").asString();

		Reply patched = api.send(HttpMethod.PATCH, "/api/v1/admin/products/kesar-mango/variants/" + variantId, admin,
				object("price", 7000, "mrp", 9000));

		assertThat(patched.status()).isEqualTo(200);
		assertThat(api.get(path).data().get("variants").get(0).get("price").asLong()).isEqualTo(7000);
	}

	@Test
	void stillMovesStock() {
		String admin = TestTokens.admin();

		Reply reply = api.send(HttpMethod.PUT, "/api/v1/admin/inventory/var-onion-kg1", admin,
				object("delta", 10, "reason", "RECEIVE"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(List.of(reply.data().get("onHand").asInt())).doesNotContain(0);
	}
}
