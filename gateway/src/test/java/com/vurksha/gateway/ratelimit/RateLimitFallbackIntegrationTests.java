package com.vurksha.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.gateway.support.Answer;
import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;
import com.vurksha.platform.cache.RedisGuard;

/** Redis is unreachable: the gateway points at a port where nothing listens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.rate-limit.anonymous.per-second=0.001", "vurksha.rate-limit.anonymous.burst=4" })
class RateLimitFallbackIntegrationTests {

	static final StandInServices services = new StandInServices();

	@LocalServerPort
	int port;

	@Autowired
	RedisGuard redisGuard;

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		services.register(registry);
		registry.add("spring.data.redis.port", () -> 1);
	}

	@AfterAll
	static void stopServices() {
		services.stop();
	}

	@Test
	void stillLimitsWithInProcessBucketsAndNeverAnswers500() {
		services.product.stubFor(get(urlPathMatching("/api/v1/.*")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"success\":true,\"data\":[]}")));
		GatewayClient client = new GatewayClient(port);
		List<Integer> allowed = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			allowed.add(client.get("/api/v1/categories").status());
		}

		Answer refused = client.get("/api/v1/categories");

		assertThat(allowed).containsOnly(200);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
		assertThat(refused.header("Retry-After")).isNotNull();
		assertThat(redisGuard.isAvailable()).as("Redis circuit open, so Redis costs nothing per request").isFalse();
	}
}
