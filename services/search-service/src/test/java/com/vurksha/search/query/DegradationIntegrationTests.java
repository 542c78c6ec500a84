package com.vurksha.search.query;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.search.support.TestServiceTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * With OpenSearch down (nothing listens where the service looks for it), searches come from the product service's
 * database search, stood in for on the loopback, marked degraded; suggestions are empty; nothing is a 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.search.rebuild.on-empty-index=false", "vurksha.clients.product.failure-rate-threshold=100" })
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class DegradationIntegrationTests {

	static final WireMockServer productService = new WireMockServer(
			WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

	static final String DATABASE_ANSWER = """
			{"success":true,"data":{"hits":[{"productId":"p-onion","slug":"nashik-onion","name":"Nashik Onion","nameHi":"नासिक प्याज",
			"imageUrl":null,"priceFrom":3500,"mrpFrom":4000,"rating":4.5,"inStock":true,"highlight":null}],
			"facets":{"categories":[],"priceRanges":[],"organic":{},"farms":[]}},
			"meta":{"requestId":"r","timestamp":"2026-12-07T00:00:00Z","version":"1.0.0","degraded":true},
			"pagination":{"page":1,"limit":20,"total":1,"hasMore":false}}""";

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		productService.start();
		registry.add("vurksha.search.opensearch.urls", () -> "http://127.0.0.1:" + deadPort());
		registry.add("vurksha.search.catalogue.product-service-url", productService::baseUrl);
	}

	@AfterAll
	static void stop() {
		productService.stop();
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
		productService.resetAll();
	}

	@Test
	void searchesAnswerFromTheProductServiceMarkedDegraded() {
		productService.stubFor(get(urlPathEqualTo("/internal/v1/products/search")).willReturn(
				aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(DATABASE_ANSWER)));

		Api.Reply reply = api.get("/api/v1/search/products?q=pyaaz&inStock=true&sort=price_asc");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().at("/meta/degraded").asBoolean()).isTrue();
		assertThat(reply.body().at("/data/hits/0/productId").asString()).isEqualTo("p-onion");
		assertThat(reply.body().at("/data/facets/categories")).isEmpty();
		assertThat(reply.body().at("/pagination/total").asLong()).isEqualTo(1);
		// never kept by the gateway or a CDN: the index may be back a moment later
		assertThat(reply.headers().getCacheControl()).isEqualTo("no-store");
		productService.verify(getRequestedFor(urlPathEqualTo("/internal/v1/products/search"))
			.withQueryParam("q", com.github.tomakehurst.wiremock.client.WireMock.equalTo("pyaaz"))
			.withQueryParam("inStock", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true"))
			.withQueryParam("sort", com.github.tomakehurst.wiremock.client.WireMock.equalTo("price_asc"))
			.withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+")));
	}

	@Test
	void answersAnEmptyDegradedPageWhenTheProductServiceFailsToo() {
		productService.stubFor(get(urlPathEqualTo("/internal/v1/products/search"))
			.willReturn(aResponse().withStatus(500)));

		Api.Reply reply = api.get("/api/v1/search/products?q=tomato");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().at("/meta/degraded").asBoolean()).isTrue();
		assertThat(reply.body().at("/data/hits")).isEmpty();
	}

	@Test
	void suggestsNothingMarkedDegraded() {
		Api.Reply reply = api.get("/api/v1/search/suggest?q=tom");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("data")).isEmpty();
		assertThat(reply.body().at("/meta/degraded").asBoolean()).isTrue();
		assertThat(reply.headers().getCacheControl()).isEqualTo("no-store");
	}

	@Test
	void recommendsNothingRatherThanFailing() {
		assertThat(api.get("/api/v1/products/p-onion/recommendations").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/recommendations/me", TestTokens.customer()).body().get("data")).isEmpty();
	}

	@Test
	void stillRefusesBadInput() {
		assertThat(api.get("/api/v1/search/products?q=x").status()).isEqualTo(400);
	}

	private static int deadPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
