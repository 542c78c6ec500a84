package com.vurksha.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;

/** Search, suggestions and recommendations go to the search service; the rest of the catalogue stays where it was. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.rate-limit.anonymous.per-second=1000", "vurksha.rate-limit.anonymous.burst=1000",
				"vurksha.rate-limit.user.per-second=1000", "vurksha.rate-limit.user.burst=1000" })
class SearchRoutesIntegrationTests {

	static final StandInServices services = new StandInServices();

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
		for (WireMockServer server : List.of(services.product, services.search)) {
			server.resetRequests();
			server.stubFor(any(urlPathMatching("/api/.*")).willReturn(
					aResponse().withHeader("Content-Type", "application/json").withBody("{\"success\":true,\"data\":{}}")));
		}
	}

	@Test
	void routesSearchSuggestionsAndRecommendationsToTheSearchService() {
		String customer = "Bearer " + services.tokens.customer("usr_1");

		assertThat(client.get("/api/v1/search/products?q=pyaaz").status()).isEqualTo(200);
		assertThat(client.get("/api/v1/search/suggest?q=to").status()).isEqualTo(200);
		assertThat(client.get("/api/v1/products/prd_1/recommendations").status()).isEqualTo(200);
		assertThat(client.get("/api/v1/recommendations/me", "Authorization", customer).status()).isEqualTo(200);
		assertThat(client.get("/api/v1/products/prd_1").status()).isEqualTo(200);

		assertThat(paths(services.search)).containsExactly("/api/v1/search/products?q=pyaaz",
				"/api/v1/search/suggest?q=to", "/api/v1/products/prd_1/recommendations", "/api/v1/recommendations/me");
		assertThat(paths(services.product)).containsExactly("/api/v1/products/prd_1");
	}

	@Test
	void asksForASignInBeforeBuyAgain() {
		assertThat(client.get("/api/v1/recommendations/me").status()).isEqualTo(401);
		assertThat(paths(services.search)).isEmpty();
	}

	private static List<String> paths(WireMockServer server) {
		return server.findAll(anyRequestedFor(urlPathMatching("/api/.*"))).stream().map(LoggedRequest::getUrl).toList();
	}
}
