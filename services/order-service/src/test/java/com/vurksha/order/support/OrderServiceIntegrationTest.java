package com.vurksha.order.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;

/**
 * The order service on a random port against the real PostgreSQL, Redis and RabbitMQ, with the other services
 * stood in by one WireMock server and time under the test's control. The local demo data (coupon FRESH10) is
 * loaded. The payment timeout job does not run on its
 * own here; tests run it. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.flyway.locations=classpath:db/migration,classpath:db/demo",
				"vurksha.order.timeout-job.enabled=false", "vurksha.events.relay.initial-backoff=100ms",
				"vurksha.events.relay.max-backoff=500ms", "vurksha.events.consumer.retry-delay=200ms" })
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestClock.class, TestServiceTokens.class })
public abstract class OrderServiceIntegrationTest {

	protected static final WireMockServer WIREMOCK = started();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		for (String service : List.of("cart", "user", "product", "delivery")) {
			registry.add("vurksha.order.services." + service, WIREMOCK::baseUrl);
		}
	}

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected MutableClock clock;

	protected OrderApi api;

	protected Downstream downstream;

	@BeforeEach
	void prepare() {
		api = new OrderApi(rest, json);
		downstream = new Downstream(WIREMOCK);
		downstream.allWell();
	}

	protected static Customer newCustomer() {
		String id = "customer-" + UUID.randomUUID();
		return new Customer(id, TestTokens.token(id, List.of("CUSTOMER"), TestTokens.ISSUER, Duration.ofMinutes(15)));
	}

	protected static String admin() {
		return TestTokens.token("ops-priya", List.of("ADMIN"), TestTokens.ISSUER, Duration.ofMinutes(15));
	}

	protected static Map<String, Object> checkout(String paymentMethod) {
		return object("addressId", Downstream.ADDRESS, "deliverySlotId", Downstream.SLOT, "paymentMethod",
				paymentMethod, "notes", "Ring twice");
	}

	protected static String newKey() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Places an order that is expected to succeed and returns its id. A retryable 503/504 is tried again, as the app
	 * would: the first checkout of a fresh context on a loaded machine can outlast the clients' read timeout,
	 * and such an answer stores nothing. Tests of checkout's own answers call {@link OrderApi#placeOrder} instead.
	 */
	protected String placed(Customer customer, String paymentMethod) {
		Api.Reply reply = api.placeOrder(customer.token(), newKey(), checkout(paymentMethod));
		for (int retry = 0; retry < 2 && (reply.status() == 503 || reply.status() == 504); retry++) {
			reply = api.placeOrder(customer.token(), newKey(), checkout(paymentMethod));
		}
		if (reply.status() != 201) {
			throw new AssertionError("placing an order answered " + reply.status() + ": " + reply.body());
		}
		return reply.data().get("id").asString();
	}

	protected long ordersOf(Customer customer) {
		return jdbc.sql("SELECT count(*) FROM customer_order WHERE user_id = :id")
			.param("id", customer.id())
			.query(Long.class)
			.single();
	}

	/** The types of the events the order wrote to the outbox, oldest first. */
	protected List<String> outboxTypes(String orderId) {
		return jdbc.sql("SELECT type FROM platform.outbox WHERE aggregate_id = :id ORDER BY seq")
			.param("id", orderId)
			.query(String.class)
			.list();
	}

	protected long outboxCount(String orderId, String type) {
		return outboxTypes(orderId).stream().filter(type::equals).count();
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		return server;
	}

	/** A signed-in customer: the token's subject is the id. */
	public record Customer(String id, String token) {
	}
}
