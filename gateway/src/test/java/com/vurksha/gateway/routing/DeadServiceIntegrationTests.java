package com.vurksha.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
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

/** The product service is down: nothing listens on its port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "resilience4j.circuitbreaker.instances.product-service.minimum-number-of-calls=3",
				"resilience4j.circuitbreaker.instances.product-service.sliding-window-size=3",
				"resilience4j.circuitbreaker.instances.product-service.wait-duration-in-open-state=30s" })
class DeadServiceIntegrationTests {

	static final StandInServices services = new StandInServices();

	@LocalServerPort
	int port;

	@Autowired
	CircuitBreakerRegistry breakers;

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		services.register(registry);
		registry.add("vurksha.routes.product.uri", () -> "http://127.0.0.1:1");
	}

	@AfterAll
	static void stopServices() {
		services.stop();
	}

	@Test
	void answersARetryable503AndOpensTheCircuitSoLaterCallsAreRefusedAtOnce() {
		GatewayClient client = new GatewayClient(port);

		Answer first = client.get("/api/v1/categories");

		assertThat(first.status()).isEqualTo(503);
		assertThat(first.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
		assertThat(first.json().path("error").path("retryable").asBoolean()).isTrue();
		assertThat(first.header("Retry-After")).isNotNull();
		assertThat(first.json().path("error").path("retryAfter").asLong()).isPositive();

		client.get("/api/v1/categories");
		client.get("/api/v1/categories");
		CircuitBreaker breaker = breakers.circuitBreaker("product-service");
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		long refusedBefore = breaker.getMetrics().getNumberOfNotPermittedCalls();

		Answer whileOpen = client.get("/api/v1/products/p1");

		assertThat(whileOpen.status()).isEqualTo(503);
		assertThat(whileOpen.header("Retry-After")).isEqualTo("30");
		assertThat(breaker.getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(refusedBefore + 1);
	}

	@Test
	void keepsServingTheOtherServicesRoutes() {
		Answer answer = new GatewayClient(port).get("/.well-known/jwks.json");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("keys").isArray()).isTrue();
	}
}
