package com.vurksha.product;

import java.util.List;
import java.util.Map;
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
import com.vurksha.platformtest.InternalEndpoints;
import com.vurksha.platformtest.InternalEndpoints.Endpoint;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.product.support.TestServiceTokens;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every internal endpoint of the product service answers only the order, cart or search service's token for
 * {@code product-service} with the endpoint's scope; a customer's token straight at the port is 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class InternalAccessIntegrationTests {

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

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
	}

	@Test
	void everyInternalEndpointAnswersOnlyTheRightServiceToken() {
		String reservation = "res-" + UUID.randomUUID();
		List<Endpoint> endpoints = List.of(new Endpoint(HttpMethod.GET, "/internal/v1/variants?ids=v-none", null,
				"variants:read"),
				new Endpoint(HttpMethod.GET, "/internal/v1/products/search?q=tomato", null, "products:search"),
				new Endpoint(HttpMethod.GET, "/internal/v1/products/feed", null, "products:read"),
				new Endpoint(HttpMethod.POST, "/internal/v1/stock/reservations",
						Map.of("reservationId", reservation, "lines",
								List.of(Map.of("variantId", "no-such-variant", "quantity", 1))),
						"stock:reserve"),
				new Endpoint(HttpMethod.GET, "/internal/v1/stock/reservations/" + reservation, null, "stock:reserve"),
				new Endpoint(HttpMethod.POST, "/internal/v1/stock/reservations/" + reservation + "/commit", null,
						"stock:reserve"),
				new Endpoint(HttpMethod.POST, "/internal/v1/stock/reservations/" + reservation + "/release", null,
						"stock:reserve"));
		for (Endpoint endpoint : endpoints) {
			InternalEndpoints.assertOnlyServiceTokensPass(api, "product-service", endpoint);
		}
	}

	@Test
	void answersARequestForTheErrorPathAsNoSuchEndpointNot500() {
		Reply reply = api.get("/error");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
	}
}
