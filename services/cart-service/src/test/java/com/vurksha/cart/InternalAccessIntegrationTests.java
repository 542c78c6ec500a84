package com.vurksha.cart;

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

import com.vurksha.cart.support.TestServiceTokens;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.InternalEndpoints;
import com.vurksha.platformtest.InternalEndpoints.Endpoint;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cart service's internal endpoint answers only the order service's token for {@code cart-service} with
 * {@code cart:read}; a customer's token straight at the port is 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class InternalAccessIntegrationTests {

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
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
	void theInternalCartAnswersOnlyTheRightServiceToken() {
		InternalEndpoints.assertOnlyServiceTokensPass(api, "cart-service",
				new Endpoint(HttpMethod.GET, "/internal/v1/cart", null, "cart:read"));
	}

	@Test
	void answersARequestForTheErrorPathAsNoSuchEndpointNot500() {
		Reply reply = api.get("/error");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
	}
}
