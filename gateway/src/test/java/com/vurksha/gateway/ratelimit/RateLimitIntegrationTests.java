package com.vurksha.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.gateway.support.Answer;
import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;

/** Budgets so small (one token per 1000 s) that only the burst is ever available during a test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.rate-limit.anonymous.per-second=0.001", "vurksha.rate-limit.anonymous.burst=3",
				"vurksha.rate-limit.user.per-second=0.001", "vurksha.rate-limit.user.burst=5" })
class RateLimitIntegrationTests {

	static final StandInServices services = new StandInServices();

	@LocalServerPort
	int port;

	@Autowired
	StringRedisTemplate redis;

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
		services.product.stubFor(get(urlPathMatching("/api/v1/.*")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"success\":true,\"data\":[]}")));
	}

	@AfterEach
	void emptyBuckets() {
		Set<String> keys = redis.keys(services.redisKeyPrefix + "*");
		if (!keys.isEmpty()) {
			redis.delete(keys);
		}
	}

	@Test
	void refusesAnAnonymousCallerPastTheBurstWith429AndRetryAfter() {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			statuses.add(client.get("/api/v1/products").status());
		}

		Answer refused = client.get("/api/v1/products");

		assertThat(statuses).containsOnly(200);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
		assertThat(refused.json().path("error").path("retryable").asBoolean()).isTrue();
		assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
		assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
	}

	@Test
	void countsDownTheRemainingRequests() {
		assertThat(client.get("/api/v1/products").header("X-RateLimit-Remaining")).isEqualTo("2");
		assertThat(client.get("/api/v1/products").header("X-RateLimit-Remaining")).isEqualTo("1");
	}

	@Test
	void keepsTheBucketsInRedisSoAllReplicasShareThem() {
		client.get("/api/v1/products");

		assertThat(redis.keys(services.redisKeyPrefix + "rate:ip:*")).hasSize(1);
	}

	@Test
	void givesASignedInUserTheirOwnBudgetApartFromTheirAddress() {
		for (int i = 0; i < 4; i++) {
			client.get("/api/v1/products");
		}
		String token = "Bearer " + services.tokens.customer("user-with-budget");

		Answer signedIn = client.get("/api/v1/products", "Authorization", token);

		assertThat(signedIn.status()).isEqualTo(200);
		assertThat(signedIn.header("X-RateLimit-Remaining")).isEqualTo("4");
		assertThat(redis.keys(services.redisKeyPrefix + "rate:user:user-with-budget")).hasSize(1);
	}

	@Test
	void neverLimitsTheHealthProbes() {
		for (int i = 0; i < 5; i++) {
			client.get("/api/v1/products");
		}

		assertThat(client.get("/readyz").status()).isEqualTo(200);
		assertThat(client.get("/livez").status()).isEqualTo(200);
	}

	@Test
	void neverLimitsPicturesFromTheCdnPath() {
		services.file.stubFor(get(urlPathMatching("/cdn/p/.*")).willReturn(aResponse()
			.withHeader("Content-Type", "image/webp")
			.withBody(new byte[] { 'R', 'I', 'F', 'F' })));

		// a page of product tiles: well past the anonymous burst of 3
		for (int i = 0; i < 10; i++) {
			assertThat(client.get("/cdn/p/" + "a".repeat(64) + ".webp").status()).isEqualTo(200);
		}
		assertThat(client.get("/api/v1/products").status()).as("the API budget is untouched").isEqualTo(200);
	}

	@Test
	void neverLimitsTheConsolesScriptsAndStylesButLimitsItsPages() {
		services.admin.stubFor(get(urlPathMatching("/admin/.*")).willReturn(aResponse()
			.withHeader("Content-Type", "text/css")
			.withBody("body{}")));

		for (int i = 0; i < 10; i++) {
			assertThat(client.get("/admin/static/console.css").status()).isEqualTo(200);
			assertThat(client.get("/admin/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
		}
		int pages = 0;
		for (int i = 0; i < 10; i++) {
			if (client.get("/admin/orders").status() == 200) {
				pages++;
			}
		}
		assertThat(pages).as("pages stay within the anonymous burst of 3").isEqualTo(3);
	}
}
