package com.vurksha.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.gateway.support.Answer;
import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;
import com.vurksha.platform.http.ServiceTokens;

/**
 * When the search service fails, searches are answered from the product service's database search (with the
 * gateway's service token) marked degraded, and suggestions with an empty degraded list: never a 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.rate-limit.anonymous.per-second=1000", "vurksha.rate-limit.anonymous.burst=1000" })
@Import(SearchFallbackIntegrationTests.GatewayIdentity.class)
class SearchFallbackIntegrationTests {

	static final StandInServices services = new StandInServices();

	static final String DATABASE_ANSWER = "{\"success\":true,\"data\":{\"hits\":[{\"productId\":\"p-onion\"}],"
			+ "\"facets\":{\"categories\":[],\"priceRanges\":[],\"organic\":{},\"farms\":[]}},"
			+ "\"meta\":{\"degraded\":true},\"pagination\":{\"page\":1,\"limit\":20,\"total\":1,\"hasMore\":false}}";

	@LocalServerPort
	int port;

	GatewayClient client;

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		services.register(registry);
	}

	@AfterAll
	static void stopServices() {
		services.stop();
	}

	@BeforeEach
	void setUp() {
		client = new GatewayClient(port);
		services.search.resetAll();
		services.product.resetAll();
		services.search.stubFor(get(urlPathMatching("/api/v1/search/.*")).willReturn(aResponse().withStatus(500)));
	}

	@Test
	void answersSearchesFromTheProductServiceWithTheGatewaysToken() {
		services.product.stubFor(get(urlPathEqualTo("/internal/v1/products/search")).willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody(DATABASE_ANSWER)));

		Answer answer = client.get("/api/v1/search/products?q=pyaaz&inStock=true");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().at("/meta/degraded").asBoolean()).isTrue();
		assertThat(answer.json().at("/data/hits/0/productId").asString()).isEqualTo("p-onion");
		services.product.verify(getRequestedFor(urlPathEqualTo("/internal/v1/products/search"))
			.withQueryParam("q", equalTo("pyaaz"))
			.withQueryParam("inStock", equalTo("true"))
			.withHeader("Authorization", equalTo("Bearer gateway-service-token")));
	}

	@Test
	void answersAnEmptyDegradedPageWhenTheProductServiceFailsToo() {
		services.product.stubFor(get(urlPathEqualTo("/internal/v1/products/search"))
			.willReturn(aResponse().withStatus(503)));

		Answer answer = client.get("/api/v1/search/products?q=tomato&limit=5");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().at("/meta/degraded").asBoolean()).isTrue();
		assertThat(answer.json().at("/data/hits")).isEmpty();
		assertThat(answer.json().at("/pagination/limit").asInt()).isEqualTo(5);
	}

	@Test
	void suggestsNothingWhileTheSearchServiceFails() {
		Answer answer = client.get("/api/v1/search/suggest?q=to");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().get("data")).isEmpty();
		assertThat(answer.json().at("/meta/degraded").asBoolean()).isTrue();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class GatewayIdentity {

		@Bean
		ServiceTokens gatewayServiceTokens() {
			return audience -> "gateway-service-token";
		}
	}
}
