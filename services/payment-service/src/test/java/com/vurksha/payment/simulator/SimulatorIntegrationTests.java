package com.vurksha.payment.simulator;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.payment.support.TestServiceTokens;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.platformtest.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local profile as {@code make run} starts it: the simulator instead of Razorpay, and the webhook secret of
 * {@code application-local.yml}. Only the order service is a WireMock stand-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@ActiveProfiles("local")
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class SimulatorIntegrationTests {

	static final WireMockServer orderService = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	static {
		orderService.start();
	}

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("vurksha.events.relay.enabled", () -> "false");
		registry.add("vurksha.payments.reconciliation.enabled", () -> "false");
		registry.add("vurksha.services.order-service-url", orderService::baseUrl);
	}

	@AfterAll
	static void stopOrderService() {
		orderService.stop();
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String userId;

	String token;

	String paymentId;

	@BeforeEach
	void openPayment() {
		api = new Api(rest, json);
		userId = "cust-" + UUID.randomUUID();
		token = TestTokens.customer(userId);
		String orderId = "ord" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		orderService.stubFor(get(urlEqualTo("/internal/v1/orders/" + orderId)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(api.json(Map.of("success", true, "data", Map.of("id", orderId, "number", "VK-20261125-000042",
					"userId", userId, "status", "PENDING_PAYMENT", "paymentStatus", "NONE", "total", 36_000,
					"currency", "INR"))))));
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Idempotency-Key", "key-" + UUID.randomUUID());
		Reply opened = api.send(HttpMethod.POST, "/api/v1/payments", token, Map.of("orderId", orderId), headers);
		assertThat(opened.data().get("provider").asString()).isEqualTo("simulator");
		assertThat(opened.data().get("clientPayload").get("keyId").asString()).isEqualTo("rzp_test_local_only");
		paymentId = opened.data().get("paymentId").asString();
	}

	@Test
	void aSuccessfulPaymentSendsASignedCaptureTheServiceAccepts() {
		Reply reply = api.send(HttpMethod.POST, "/api/v1/dev/payments/" + paymentId + "/succeed", token, null);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("webhook").get("event").asString()).isEqualTo("payment.captured");
		assertThat(reply.data().get("webhook").get("outcome").asString()).isEqualTo("APPLIED");
		assertThat(reply.data().get("payment").get("status").asString()).isEqualTo("CAPTURED");
		assertThat(published("payment.payment.captured")).isEqualTo(1);
	}

	@Test
	void aFailedAttemptCanBeFollowedByASuccessfulOne() {
		Reply failed = api.send(HttpMethod.POST, "/api/v1/dev/payments/" + paymentId + "/fail", token, null);

		assertThat(failed.data().get("webhook").get("event").asString()).isEqualTo("payment.failed");
		assertThat(failed.data().get("payment").get("status").asString()).isEqualTo("FAILED");

		Reply paid = api.send(HttpMethod.POST, "/api/v1/dev/payments/" + paymentId + "/succeed", token, null);

		assertThat(paid.data().get("payment").get("status").asString()).isEqualTo("CAPTURED");
		assertThat(published("payment.payment.failed")).isEqualTo(1);
		assertThat(published("payment.payment.captured")).isEqualTo(1);
	}

	@Test
	void refusesSomeoneElsesPayment() {
		Reply reply = api.send(HttpMethod.POST, "/api/v1/dev/payments/" + paymentId + "/succeed",
				TestTokens.customer(), null);

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("PAYMENT_NOT_FOUND");
	}

	@Test
	void storesTheSimulatedWebhooksAsRazorpaysWouldBeStored() {
		api.send(HttpMethod.POST, "/api/v1/dev/payments/" + paymentId + "/succeed", token, null);

		List<String> types = jdbc.sql("""
				SELECT event_type FROM webhook_event
				WHERE body::jsonb #>> '{payload,payment,entity,order_id}' =
				      (SELECT provider_order_id FROM payment WHERE id = :id)""")
			.param("id", paymentId)
			.query(String.class)
			.list();
		assertThat(types).containsExactly("payment.captured");
	}

	private long published(String type) {
		return jdbc.sql("SELECT count(*) FROM platform.outbox WHERE type = :type AND aggregate_id = :id")
			.param("type", type)
			.param("id", paymentId)
			.query(Long.class)
			.single();
	}
}
