package com.vurksha.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.gateway.support.Answer;
import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeSecurityIntegrationTests {

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
		services.user.resetRequests();
		services.product.resetRequests();
		services.user.stubFor(get(urlPathEqualTo("/api/v1/users/me")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"success\":true,\"data\":{\"id\":\"u1\"}}")));
		services.product.stubFor(get(urlPathMatching("/api/v1/(admin/)?products.*")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"success\":true,\"data\":[]}")));
	}

	@Test
	void passesTheValidTokenOnToTheService() {
		String token = services.tokens.customer("u1");

		Answer answer = client.get("/api/v1/users/me", "Authorization", "Bearer " + token);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(services.user.findAll(getRequestedFor(urlPathEqualTo("/api/v1/users/me"))).get(0)
			.getHeader("Authorization")).isEqualTo("Bearer " + token);
	}

	@Test
	void letsAnonymousCallersBrowseTheCatalogue() {
		assertThat(client.get("/api/v1/products").status()).isEqualTo(200);
	}

	@Test
	void letsAnAdminReachTheAdminApi() {
		Answer answer = client.get("/api/v1/admin/products", "Authorization", "Bearer " + services.tokens.admin("a1"));

		assertThat(answer.status()).isEqualTo(200);
	}

	@Nested
	class Refusals {

		@Test
		void refusesAForgedTokenWith401EvenOnAPublicPath() {
			Answer answer = client.get("/api/v1/products", "Authorization", "Bearer " + services.tokens.forged("u1"));

			assertUnauthorized(answer);
		}

		@Test
		void refusesATokenFromAnotherIssuer() {
			Answer answer = client.get("/api/v1/users/me", "Authorization",
					"Bearer " + services.tokens.fromAnotherIssuer("u1"));

			assertUnauthorized(answer);
		}

		@Test
		void refusesAnExpiredToken() {
			Answer answer = client.get("/api/v1/users/me", "Authorization", "Bearer " + services.tokens.expired("u1"));

			assertUnauthorized(answer);
		}

		@Test
		void refusesGarbageInTheAuthorizationHeader() {
			assertUnauthorized(client.get("/api/v1/users/me", "Authorization", "Bearer not.a.jwt"));
		}

		@Test
		void refusesTheProfileWithoutAToken() {
			assertUnauthorized(client.get("/api/v1/users/me"));
		}

		@Test
		void refusesACustomerOnTheAdminApiWith403() {
			Answer answer = client.get("/api/v1/admin/products", "Authorization",
					"Bearer " + services.tokens.customer("u1"));

			assertThat(answer.status()).isEqualTo(403);
			assertThat(answer.errorCode()).isEqualTo("FORBIDDEN");
			assertThat(answer.json().path("meta").path("requestId").asString()).isEqualTo(answer.header("X-Request-Id"));
			assertThat(services.product.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		}

		@Test
		void refusesAnAnonymousCallerOnTheAdminApiWith401() {
			assertUnauthorized(client.get("/api/v1/admin/inventory/v1"));
		}

		private void assertUnauthorized(Answer answer) {
			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.json().path("success").asBoolean()).isFalse();
			assertThat(answer.errorCode()).isEqualTo("UNAUTHORIZED");
			assertThat(services.user.findAll(getRequestedFor(urlPathEqualTo("/api/v1/users/me")))).isEmpty();
			assertThat(services.product.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		}
	}
}
