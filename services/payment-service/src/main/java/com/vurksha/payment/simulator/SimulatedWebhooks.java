package com.vurksha.payment.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.vurksha.payment.provider.PaymentProperties;
import com.vurksha.payment.provider.ProviderPayment;
import com.vurksha.payment.webhook.WebhookSignature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the webhook body Razorpay would send for a payment attempt, signs it with the configured webhook secret and
 * POSTs it to this service's own webhook endpoint, so the local run exercises the real verification path.
 */
@Component
class SimulatedWebhooks {

	private final JsonMapper json;

	private final Environment environment;

	private final String secret;

	private final Clock clock;

	SimulatedWebhooks(JsonMapper json, Environment environment, PaymentProperties properties, Clock clock) {
		this.json = json;
		this.environment = environment;
		this.secret = properties.razorpay().webhookSecret();
		this.clock = clock;
	}

	/** @return the webhook endpoint's answer */
	JsonNode send(ProviderPayment attempt) {
		String event = "captured".equals(attempt.status()) ? "payment.captured" : "payment.failed";
		byte[] body = json.writeValueAsString(body(event, attempt)).getBytes(StandardCharsets.UTF_8);
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8085"));
		return RestClient.create("http://127.0.0.1:" + port)
			.post()
			.uri("/api/v1/payments/webhooks/razorpay")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Razorpay-Signature", WebhookSignature.sign(body, secret))
			.header("x-razorpay-event-id", "evt_sim_" + UUID.randomUUID().toString().replace("-", ""))
			.body(body)
			.retrieve()
			.body(JsonNode.class);
	}

	private Map<String, Object> body(String event, ProviderPayment attempt) {
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("id", attempt.id());
		entity.put("entity", "payment");
		entity.put("amount", attempt.amount());
		entity.put("currency", attempt.currency());
		entity.put("status", attempt.status());
		entity.put("order_id", attempt.orderId());
		entity.put("method", "upi");
		entity.put("captured", "captured".equals(attempt.status()));
		entity.put("error_code", (attempt.errorDescription() != null) ? "BAD_REQUEST_ERROR" : null);
		entity.put("error_description", attempt.errorDescription());
		entity.put("created_at", clock.instant().getEpochSecond());
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("entity", "event");
		envelope.put("account_id", "acc_simulator");
		envelope.put("event", event);
		envelope.put("contains", List.of("payment"));
		envelope.put("payload", Map.of("payment", Map.of("entity", entity)));
		envelope.put("created_at", clock.instant().getEpochSecond());
		return envelope;
	}
}
