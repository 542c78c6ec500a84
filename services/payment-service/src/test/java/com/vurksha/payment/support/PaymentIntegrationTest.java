package com.vurksha.payment.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.payment.webhook.WebhookSignature;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The payment service over real HTTP on real PostgreSQL and RabbitMQ, with one WireMock server on loopback standing
 * in for both the order service ({@code /internal/v1/orders/...}) and Razorpay ({@code /v1/...}). The outbox relay
 * and the reconciliation job are off, so tests read the outbox rows as written and run reconciliation themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
public abstract class PaymentIntegrationTest {

	public static final String WEBHOOK_SECRET = "test-webhook-secret";

	public static final String PREVIOUS_WEBHOOK_SECRET = "test-previous-webhook-secret";

	public static final String KEY_ID = "rzp_test_key";

	public static final String KEY_SECRET = "rzp_test_secret";

	protected static final WireMockServer wiremock = startWireMock();

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("vurksha.events.relay.enabled", () -> "false");
		registry.add("vurksha.payments.reconciliation.enabled", () -> "false");
		registry.add("vurksha.services.order-service-url", wiremock::baseUrl);
		registry.add("vurksha.payments.razorpay.base-url", wiremock::baseUrl);
		registry.add("vurksha.payments.razorpay.key-id", () -> KEY_ID);
		registry.add("vurksha.payments.razorpay.key-secret", () -> KEY_SECRET);
		registry.add("vurksha.payments.razorpay.webhook-secret", () -> WEBHOOK_SECRET);
		registry.add("vurksha.payments.razorpay.previous-webhook-secret", () -> PREVIOUS_WEBHOOK_SECRET);
	}

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected JdbcClient jdbc;

	protected Api api;

	@BeforeEach
	void setUpApi() {
		api = new Api(rest, json);
		wiremock.resetAll();
	}

	private static WireMockServer startWireMock() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	protected static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** The order service answers {@code GET /internal/v1/orders/{id}} with this order. */
	protected void orderServiceHas(String orderId, String userId, String status, long total) {
		Map<String, Object> order = Map.of("id", orderId, "number", "VK-20261125-" + orderId.substring(0, 6), "userId",
				userId, "status", status, "paymentStatus", "NONE", "total", total, "currency", "INR");
		wiremock.stubFor(get(urlEqualTo("/internal/v1/orders/" + orderId)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(api.json(Map.of("success", true, "data", order)))));
	}

	/** Razorpay creates provider orders, echoing the amount asked for. */
	protected void razorpayCreatesOrders() {
		wiremock.stubFor(post(urlEqualTo("/v1/orders")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withTransformers("response-template")
			.withBody("""
					{"id":"order_{{randomValue length=14 type='ALPHANUMERIC'}}","entity":"order",
					 "amount":{{jsonPath request.body '$.amount'}},"currency":"INR","status":"created",
					 "receipt":"{{jsonPath request.body '$.receipt'}}","attempts":0}""")));
	}

	protected Reply openPayment(String token, String orderId, String idempotencyKey) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Idempotency-Key", idempotencyKey);
		return api.send(HttpMethod.POST, "/api/v1/payments", token, Map.of("orderId", orderId), headers);
	}

	/** A customer's order of {@code total} awaiting payment, and its payment opened; answers the payment. */
	protected JsonNode openedPayment(String userId, long total) {
		String orderId = unique("ord");
		orderServiceHas(orderId, userId, "PENDING_PAYMENT", total);
		razorpayCreatesOrders();
		return openPayment(TestTokens.customer(userId), orderId, unique("key-")).data();
	}

	/** Razorpay's payment entity as its webhooks carry it. */
	protected static Map<String, Object> paymentEntity(String providerPaymentId, String providerOrderId,
			String status, long amount) {
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("id", providerPaymentId);
		entity.put("entity", "payment");
		entity.put("amount", amount);
		entity.put("currency", "INR");
		entity.put("status", status);
		entity.put("order_id", providerOrderId);
		entity.put("method", "upi");
		if ("failed".equals(status)) {
			entity.put("error_code", "BAD_REQUEST_ERROR");
			entity.put("error_description", "Payment was declined by the bank");
		}
		return entity;
	}

	/** A Razorpay webhook body: {@code contains} one entity per given name. */
	protected String webhookBody(String event, Map<String, Object> entities) {
		Map<String, Object> payload = new LinkedHashMap<>();
		entities.forEach((name, entity) -> payload.put(name, Map.of("entity", entity)));
		return api.json(Map.of("entity", "event", "account_id", "acc_test", "event", event, "contains",
				List.copyOf(entities.keySet()), "payload", payload, "created_at", 1764072000));
	}

	/** Posts {@code body} as Razorpay would, signed with {@code secret}. */
	protected Reply deliverWebhook(String body, String eventId, String secret) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Razorpay-Signature",
				WebhookSignature.sign(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), secret));
		headers.set("x-razorpay-event-id", eventId);
		return api.send(HttpMethod.POST, "/api/v1/payments/webhooks/razorpay", null, body, headers);
	}

	protected Reply deliverPaymentEvent(String event, Map<String, Object> entity) {
		return deliverWebhook(webhookBody(event, Map.of("payment", entity)), unique("evt_"), WEBHOOK_SECRET);
	}

	protected String statusOf(String paymentId) {
		return jdbc.sql("SELECT status FROM payment WHERE id = :id").param("id", paymentId).query(String.class).single();
	}

	/** The events of {@code type} the outbox holds for the payment. */
	protected List<JsonNode> published(String type, String paymentId) {
		return jdbc.sql("SELECT payload::text FROM platform.outbox WHERE type = :type AND aggregate_id = :id ORDER BY seq")
			.param("type", type)
			.param("id", paymentId)
			.query(String.class)
			.list()
			.stream()
			.map(json::readTree)
			.toList();
	}
}
