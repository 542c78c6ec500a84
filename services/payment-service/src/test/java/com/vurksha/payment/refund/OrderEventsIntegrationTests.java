package com.vurksha.payment.refund;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.vurksha.payment.support.PaymentIntegrationTest;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventMessages;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Order events arrive through the real RabbitMQ and the platform inbox, as the order service publishes them. */
class OrderEventsIntegrationTests extends PaymentIntegrationTest {

	@Autowired
	RabbitTemplate rabbit;

	@Value("${vurksha.events.exchange}")
	String exchange;

	String paymentId;

	String orderId;

	String providerPaymentId;

	final java.util.List<String> sent = new java.util.ArrayList<>();

	@BeforeEach
	void capturedPayment() {
		JsonNode payment = openedPayment(unique("cust-"), 40_000);
		paymentId = payment.get("paymentId").asString();
		orderId = payment.get("orderId").asString();
		providerPaymentId = unique("pay_");
		deliverPaymentEvent("payment.captured",
				paymentEntity(providerPaymentId, payment.get("providerOrderId").asString(), "captured", 40_000));
		wiremock.stubFor(post(urlEqualTo("/v1/payments/" + providerPaymentId + "/refund"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withTransformers("response-template")
				.withBody("""
						{"id":"rfnd_{{request.headers.X-Refund-Idempotency}}","entity":"refund",
						 "amount":{{jsonPath request.body '$.amount'}},"currency":"INR","payment_id":"%s",
						 "status":"processed"}""".formatted(providerPaymentId))));
	}

	@Test
	void refundsAPaidOrderThatWasCancelledInFullOnceEvenWhenTheEventComesTwice() {
		EventEnvelope cancelled = event("order.order.cancelled", Map.of("orderId", orderId, "reason", "CUSTOMER",
				"previousStatus", "CONFIRMED", "paid", true, "amountPaid", 40_000));

		publish(cancelled);
		publish(cancelled);
		publish(event("order.order.cancelled", Map.of("orderId", orderId, "reason", "CUSTOMER", "paid", true)));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(statusOf(paymentId)).isEqualTo("REFUNDED"));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(handled("order.order.cancelled")).isEqualTo(2));
		wiremock.verify(1, postRequestedFor(urlEqualTo("/v1/payments/" + providerPaymentId + "/refund"))
			.withRequestBody(matchingJsonPath("$.amount", equalTo("40000"))));
		assertThat(published("payment.refund.processed", paymentId)).hasSize(1);
	}

	@Test
	void refundsTheAmountARefundRequestAsksFor() {
		publish(event("order.order.refund-requested",
				Map.of("orderId", orderId, "paymentId", paymentId, "amount", 15_000, "reason", "PAID_AFTER_CANCEL")));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(statusOf(paymentId)).isEqualTo("PARTIALLY_REFUNDED"));
		assertThat(published("payment.refund.processed", paymentId)).singleElement()
			.satisfies(event -> assertThat(event.get("amount").asLong()).isEqualTo(15_000));
	}

	@Test
	void leavesAnUnpaidCancelledOrderAlone() {
		publish(event("order.order.cancelled", Map.of("orderId", orderId, "reason", "PAYMENT_TIMEOUT", "paid", false)));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(handled("order.order.cancelled")).isEqualTo(1));
		assertThat(statusOf(paymentId)).isEqualTo("CAPTURED");
		wiremock.verify(0, postRequestedFor(urlEqualTo("/v1/payments/" + providerPaymentId + "/refund")));
	}

	private EventEnvelope event(String type, Map<String, Object> payload) {
		return new EventEnvelope(UUID.randomUUID().toString(), type, 1, Instant.now(), "order", orderId, null, null,
				json.valueToTree(payload));
	}

	private void publish(EventEnvelope event) {
		sent.add(event.id());
		rabbit.send(exchange, event.type(), new EventMessages(json).toMessage(event));
	}

	/** How many of the events this test published the inbox has handled. */
	private long handled(String type) {
		return jdbc.sql("SELECT count(*) FROM platform.inbox WHERE event_type = :type AND event_id IN (:ids)")
			.param("type", type)
			.param("ids", sent)
			.query(Long.class)
			.single();
	}
}
