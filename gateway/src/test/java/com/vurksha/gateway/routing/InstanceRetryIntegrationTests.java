package com.vurksha.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.github.tomakehurst.wiremock.http.Fault;
import com.vurksha.gateway.support.Answer;
import com.vurksha.gateway.support.StandInInstance;
import com.vurksha.gateway.support.StandInServices;
import com.vurksha.platform.http.ServiceTokens;

/**
 * Services that run as two instances, one of which fails: what is retried on the other one and what is not. The
 * health check asks only once, at start-up, when all instances are ready, so an instance that fails later is found
 * out by the calls themselves. Each test has a service of its own, as a stopped instance stays stopped.
 */
@Import(InstanceRetryIntegrationTests.GatewayIdentity.class)
@TestPropertySource(properties = "vurksha.routes.health-check.interval=1h")
class InstanceRetryIntegrationTests extends StandInInstancesTests {

	static final StandInServices services = new StandInServices();

	static final StandInInstance cart1 = new StandInInstance();

	static final StandInInstance cart2 = new StandInInstance();

	static final StandInInstance order1 = new StandInInstance();

	static final StandInInstance order2 = new StandInInstance();

	static final StandInInstance delivery1 = new StandInInstance();

	static final StandInInstance delivery2 = new StandInInstance();

	static final StandInInstance payment1 = new StandInInstance();

	static final StandInInstance payment2 = new StandInInstance();

	static final StandInInstance product1 = new StandInInstance();

	static final StandInInstance product2 = new StandInInstance();

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		services.register(registry);
		registerInstances(registry, "cart", cart1, cart2);
		registerInstances(registry, "order", order1, order2);
		registerInstances(registry, "delivery", delivery1, delivery2);
		registerInstances(registry, "payment", payment1, payment2);
		registerInstances(registry, "product", product1, product2);
	}

	@AfterAll
	static void stopServices() {
		stopAll(services, cart1, cart2, order1, order2, delivery1, delivery2, payment1, payment2, product1, product2);
	}

	@BeforeEach
	void setUp() {
		connectAsCustomer(services);
	}

	@Test
	void getsAllSucceedWhenOneInstanceIsKilled() {
		delivery2.stop();

		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			statuses.add(client.get("/api/v1/delivery/slots?pincode=560001", "Authorization", token).status());
		}

		assertThat(statuses).containsOnly(200);
		assertThat(delivery1.received("/api/v1/delivery/slots")).isEqualTo(10);
		// the first call that met the killed instance was retried, and took it out of the rotation for the rest
		assertThat(retries("delivery", "not_connected")).isEqualTo(1);
		assertThat(meters.get(ServiceInstances.DOWN_GAUGE).tag("service", "delivery").gauge().value()).isEqualTo(1);
		assertThat(meters.get(ServiceInstances.MARKED_DOWN_COUNTER).tag("service", "delivery").counter().count())
			.isEqualTo(1);
	}

	@Test
	void retriesAPostWithoutIdempotencyKeyThatCouldNotConnect() {
		cart2.stop();

		Answer first = client.post("/api/v1/cart/items", "{\"variantId\":\"v1\"}", "Authorization", token);
		Answer second = client.post("/api/v1/cart/items", "{\"variantId\":\"v1\"}", "Authorization", token);

		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(200);
		assertThat(cart1.received("/api/v1/cart/items")).isEqualTo(2);
		assertThat(retries("cart", "not_connected")).isEqualTo(1);
	}

	@Test
	void retriesAPostWithIdempotencyKeyWhoseInstanceResetTheConnection() {
		order2.stubFor(post(urlEqualTo("/api/v1/orders")).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			answers.add(client.post("/api/v1/orders", "{\"addressId\":\"a1\"}", "Authorization", token,
					"X-Idempotency-Key", "checkout-" + i));
		}

		assertThat(answers).extracting(Answer::status).containsOnly(200);
		assertThat(order1.received("/api/v1/orders")).isEqualTo(2);
		// calls are taken in turn, so at least one of the two went to the failing instance first
		int reset = order2.received("/api/v1/orders");
		assertThat(reset).isPositive();
		assertThat(retries("order", "broke_after_sending")).isEqualTo(reset);
	}

	@Test
	void doesNotRetryAPostWithoutIdempotencyKeyWhoseInstanceResetAfterReceivingIt() {
		order2.stubFor(post(urlEqualTo("/api/v1/orders/o1/cancel")).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		// taken in turn and never retried, the two calls go one to each instance
		Answer first = client.post("/api/v1/orders/o1/cancel", "{\"reason\":\"late\"}", "Authorization", token);
		Answer second = client.post("/api/v1/orders/o1/cancel", "{\"reason\":\"late\"}", "Authorization", token);

		assertThat(List.of(first.status(), second.status())).containsExactlyInAnyOrder(200, 503);
		Answer failed = (first.status() == 503) ? first : second;
		assertThat(failed.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
		assertThat(failed.json().path("success").asBoolean()).isFalse();
		assertThat(order1.received("/api/v1/orders/o1/cancel")).isEqualTo(1);
		assertThat(order2.received("/api/v1/orders/o1/cancel")).isEqualTo(1);
	}

	@Test
	void retriesAGetAnsweredWithUnavailableWithoutRetryAfterButPassesOnOneWithIt() {
		payment2.stubFor(get(urlEqualTo("/api/v1/payments/p1")).atPriority(1)
			.willReturn(aResponse().withStatus(503).withBody("draining")));
		payment2.stubFor(get(urlEqualTo("/api/v1/payments/p2")).atPriority(1)
			.willReturn(aResponse().withStatus(503)
				.withHeader("Retry-After", "1")
				.withHeader("Content-Type", "application/json")
				.withBody("{\"success\":false,\"error\":{\"code\":\"SERVICE_UNAVAILABLE\",\"retryable\":true}}")));

		Answer draining1 = client.get("/api/v1/payments/p1", "Authorization", token);
		Answer draining2 = client.get("/api/v1/payments/p1", "Authorization", token);
		Answer shedding1 = client.get("/api/v1/payments/p2", "Authorization", token);
		Answer shedding2 = client.get("/api/v1/payments/p2", "Authorization", token);

		assertThat(List.of(draining1.status(), draining2.status())).containsOnly(200);
		assertThat(retries("payment", "unavailable_answer")).isEqualTo(payment2.received("/api/v1/payments/p1"))
			.isPositive();
		// the service's own 503 with Retry-After reaches the client as it is, from the one instance that gave it
		assertThat(List.of(shedding1.status(), shedding2.status())).containsExactlyInAnyOrder(200, 503);
		Answer shed = (shedding1.status() == 503) ? shedding1 : shedding2;
		assertThat(shed.header("Retry-After")).isEqualTo("1");
		assertThat(payment2.received("/api/v1/payments/p2")).isEqualTo(1);
	}

	@Test
	void answersFailedSearchesFromTheProductInstanceThatIsLeft() {
		services.search.stubFor(get(urlPathMatching("/api/v1/search/.*")).willReturn(aResponse().withStatus(500)));
		// the first address: the one a client without balancing would always call
		product1.stop();

		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			// a query of its own each time, so that the gateway's catalogue cache answers none of them
			answers.add(client.get("/api/v1/search/products?q=tamatar" + i));
		}

		// the stand-in's database search answers {"port": ...}: not degraded to the empty page, the product's answer
		assertThat(answers).extracting(Answer::status).containsOnly(200);
		assertThat(answers).extracting(answer -> answer.json().at("/data/port").asInt()).containsOnly(product2.port());
		assertThat(product2.received("/internal/v1/products/search")).isEqualTo(2);
	}

	private double retries(String service, String failure) {
		Counter counter = meters.find(BalancingInterceptor.RETRIES)
			.tag("service", service)
			.tag("failure", failure)
			.counter();
		return (counter == null) ? 0 : counter.count();
	}

	/** The gateway's service token, without which a failed search is not asked of the product service at all. */
	@TestConfiguration(proxyBeanMethods = false)
	static class GatewayIdentity {

		@Bean
		ServiceTokens gatewayServiceTokens() {
			return audience -> "gateway-service-token";
		}
	}
}
