package com.vurksha.platform.http;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platformtest.MutableClock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Service tokens from a WireMock token endpoint, with a clock the test moves. */
class ClientCredentialsTokensTests {

	private final WireMockServer userService = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));

	private ClientCredentialsTokens tokens;

	@BeforeEach
	void start() {
		userService.start();
		tokens = new ClientCredentialsTokens(new ServiceIdentityProperties(
				URI.create(userService.baseUrl() + "/oauth2/token"), "order-service", "s3cret", Duration.ofSeconds(2),
				Duration.ofSeconds(5)), clock);
	}

	@AfterEach
	void stop() {
		userService.stop();
	}

	@Test
	void asksWithTheClientsCredentialsAndTheAudience() {
		answers("token-1", 600);

		assertThat(tokens.tokenFor("product-service")).isEqualTo("token-1");

		userService.verify(postRequestedFor(urlEqualTo("/oauth2/token"))
			.withHeader("Authorization", equalTo("Basic b3JkZXItc2VydmljZTpzM2NyZXQ="))
			.withRequestBody(containing("grant_type=client_credentials"))
			.withRequestBody(containing("audience=product-service")));
	}

	@Test
	void keepsATokenForItsFirstHalfOfLifeWithoutAskingAgain() {
		answers("token-1", 600);

		for (int i = 0; i < 50; i++) {
			assertThat(tokens.tokenFor("product-service")).isEqualTo("token-1");
		}
		clock.advance(Duration.ofSeconds(299));

		assertThat(tokens.tokenFor("product-service")).isEqualTo("token-1");
		userService.verify(1, postRequestedFor(urlEqualTo("/oauth2/token")));
	}

	@Test
	void keepsOneTokenPerAudience() {
		answers("token-1", 600);
		tokens.tokenFor("product-service");
		answers("token-2", 600);

		assertThat(tokens.tokenFor("cart-service")).isEqualTo("token-2");
		assertThat(tokens.tokenFor("product-service")).isEqualTo("token-1");
	}

	@Test
	void refreshesAfterHalfItsLifetime() {
		answers("token-1", 600);
		tokens.tokenFor("product-service");
		answers("token-2", 600);
		clock.advance(Duration.ofSeconds(301));

		assertThat(tokens.tokenFor("product-service")).isEqualTo("token-2");
	}

	@Test
	void goesOnWithTheCurrentTokenWhileTheUserServiceIsDownUntilItExpires() {
		answers("token-1", 600);
		tokens.tokenFor("product-service");
		userService.resetAll();
		userService.stubFor(post("/oauth2/token").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		clock.advance(Duration.ofSeconds(400));

		assertThat(tokens.tokenFor("product-service")).isEqualTo("token-1");
		// a failed refresh is not repeated on every call
		assertThat(tokens.tokenFor("product-service")).isEqualTo("token-1");
		userService.verify(1, postRequestedFor(urlEqualTo("/oauth2/token")));

		clock.advance(Duration.ofSeconds(195));
		assertThatThrownBy(() -> tokens.tokenFor("product-service")).isInstanceOfSatisfying(ApiException.class,
				ex -> assertThat(ex.code()).isEqualTo(CommonErrorCode.SERVICE_UNAVAILABLE));
	}

	@Test
	void failsRetryablyWhenThereIsNoTokenAndNoneCanBeHad() {
		userService.stubFor(post("/oauth2/token").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"success\":false,\"error\":{\"code\":\"INVALID_CLIENT\"}}")));

		assertThatThrownBy(() -> tokens.tokenFor("product-service")).isInstanceOfSatisfying(ApiException.class,
				ex -> {
					assertThat(ex.code()).isEqualTo(CommonErrorCode.SERVICE_UNAVAILABLE);
					assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(5));
				});
	}

	@Test
	void asksOnceWhenManyCallersNeedTheFirstTokenAtOnce() throws Exception {
		userService.stubFor(post("/oauth2/token").willReturn(okJson(answer("token-1", 600)).withFixedDelay(300)));
		ExecutorService callers = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(callers.submit(() -> tokens.tokenFor("product-service")));
			}
			for (Future<String> answer : answers) {
				assertThat(answer.get()).isEqualTo("token-1");
			}
		}
		finally {
			callers.shutdownNow();
		}
		userService.verify(1, postRequestedFor(urlEqualTo("/oauth2/token")));
	}

	private void answers(String token, long expiresIn) {
		userService.resetAll();
		userService.stubFor(post("/oauth2/token").willReturn(okJson(answer(token, expiresIn))));
	}

	private static String answer(String token, long expiresIn) {
		return """
				{"access_token":"%s","token_type":"Bearer","expires_in":%d,"scope":"stock:reserve"}"""
			.formatted(token, expiresIn);
	}
}
