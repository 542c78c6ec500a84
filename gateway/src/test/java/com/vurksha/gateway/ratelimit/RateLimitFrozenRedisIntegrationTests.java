package com.vurksha.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;
import com.vurksha.platform.cache.RedisGuard;
import com.vurksha.platformtest.RedisServers;

/**
 * Redis hangs (a server of the test's own, stopped with {@code SIGSTOP}): one request waits out the command timeout,
 * and the later ones are limited by in-process buckets without going to Redis. Asserted on the breaker and its
 * counters, not on elapsed time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.rate-limit.anonymous.per-second=1000", "vurksha.rate-limit.anonymous.burst=1000",
			// no trial call during the test, however slow the machine
			"resilience4j.circuitbreaker.instances.redis.wait-duration-in-open-state=10m" })
@DirtiesContext
class RateLimitFrozenRedisIntegrationTests {

	static final StandInServices services = new StandInServices();

	static final RedisServers redis = RedisServers.standalone();

	@LocalServerPort
	int port;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		services.register(registry);
		registry.add("spring.data.redis.port", () -> redis.primary().port());
	}

	@AfterAll
	static void stop() {
		services.stop();
		redis.close();
	}

	@Test
	void takesTokensFromInProcessBucketsWithoutWaitingOnTheHungRedisAgain() {
		services.product.stubFor(get(urlPathMatching("/api/v1/.*")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"success\":true,\"data\":[]}")));
		GatewayClient client = new GatewayClient(port);
		assertThat(client.get("/api/v1/categories").status()).isEqualTo(200);
		CircuitBreaker breaker = breakers.circuitBreaker(RedisGuard.BREAKER_NAME);
		long failedBefore = breaker.getMetrics().getNumberOfFailedCalls();
		double skippedBefore = fallbacks("circuit_open");

		List<Integer> statuses = new ArrayList<>();
		redis.primary().freeze();
		try {
			for (int i = 0; i < 20; i++) {
				statuses.add(client.get("/api/v1/categories").status());
			}
		}
		finally {
			redis.primary().thaw();
		}

		assertThat(statuses).containsOnly(200);
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(breaker.getMetrics().getNumberOfFailedCalls() - failedBefore).isEqualTo(1);
		assertThat(fallbacks("circuit_open") - skippedBefore).isEqualTo(19);
	}

	private double fallbacks(String reason) {
		Counter counter = meters.find("vurksha.redis.fallbacks").tag("reason", reason).counter();
		return (counter != null) ? counter.count() : 0;
	}
}
