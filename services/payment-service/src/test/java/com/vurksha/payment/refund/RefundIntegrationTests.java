package com.vurksha.payment.refund;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import com.vurksha.platformtest.Api.Reply;
import com.vurksha.payment.support.PaymentIntegrationTest;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class RefundIntegrationTests extends PaymentIntegrationTest {

	static final long CAPTURED = 50_000;

	String paymentId;

	String orderId;

	String providerPaymentId;

	String admin;

	@BeforeEach
	void capturedPayment() {
		JsonNode payment = openedPayment(unique("cust-"), CAPTURED);
		paymentId = payment.get("paymentId").asString();
		orderId = payment.get("orderId").asString();
		providerPaymentId = unique("pay_");
		deliverPaymentEvent("payment.captured",
				paymentEntity(providerPaymentId, payment.get("providerOrderId").asString(), "captured", CAPTURED));
		admin = TestTokens.admin();
		razorpayRefunds("pending");
	}

	@Test
	void sendsAFullRefundWithOurRefundIdAsTheIdempotencyKey() {
		Reply reply = refund(null, unique("key-"));

		assertThat(reply.status()).isEqualTo(201);
		String refundId = reply.data().get("refundId").asString();
		assertThat(refundId).matches("rfd_[0-9a-f]{24}");
		assertThat(reply.data().get("amount").asLong()).isEqualTo(CAPTURED);
		assertThat(reply.data().get("status").asString()).isEqualTo("PENDING");
		wiremock.verify(1, postRequestedFor(urlEqualTo("/v1/payments/" + providerPaymentId + "/refund"))
			.withHeader("X-Refund-Idempotency", equalTo(refundId))
			.withRequestBody(matchingJsonPath("$.amount", equalTo(String.valueOf(CAPTURED)))));
		assertThat(statusOf(paymentId)).isEqualTo("CAPTURED");
	}

	@Test
	void completesTheRefundWhenRazorpayReportsItProcessed() {
		JsonNode refund = refund(null, unique("key-")).data();

		Reply reply = deliverWebhook(refundProcessed(refund, CAPTURED), unique("evt_"), WEBHOOK_SECRET);

		assertThat(reply.data().get("outcome").asString()).isEqualTo("APPLIED");
		assertThat(refundStatus(refund)).isEqualTo("PROCESSED");
		assertThat(statusOf(paymentId)).isEqualTo("REFUNDED");
		List<JsonNode> events = published("payment.refund.processed", paymentId);
		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.get("refundId").asString()).isEqualTo(refund.get("refundId").asString());
			assertThat(event.get("paymentId").asString()).isEqualTo(paymentId);
			assertThat(event.get("orderId").asString()).isEqualTo(orderId);
			assertThat(event.get("amount").asLong()).isEqualTo(CAPTURED);
		});
		assertThat(jdbc.sql("SELECT amount FROM payment_transaction WHERE payment_id = :id AND type = 'REFUND'")
			.param("id", paymentId).query(Long.class).single()).isEqualTo(CAPTURED);
	}

	@Test
	void appliesARepeatedProcessedReportOnce() {
		JsonNode refund = refund(null, unique("key-")).data();
		deliverWebhook(refundProcessed(refund, CAPTURED), unique("evt_"), WEBHOOK_SECRET);

		Reply again = deliverWebhook(refundProcessed(refund, CAPTURED), unique("evt_"), WEBHOOK_SECRET);

		assertThat(again.data().get("outcome").asString()).isEqualTo("STALE");
		assertThat(published("payment.refund.processed", paymentId)).hasSize(1);
	}

	@Test
	void refundsInPartsUpToTheCapturedAmount() {
		JsonNode first = refund(30_000L, unique("key-")).data();
		JsonNode second = refund(20_000L, unique("key-")).data();
		deliverWebhook(refundProcessed(first, 30_000), unique("evt_"), WEBHOOK_SECRET);

		assertThat(statusOf(paymentId)).isEqualTo("PARTIALLY_REFUNDED");

		deliverWebhook(refundProcessed(second, 20_000), unique("evt_"), WEBHOOK_SECRET);

		assertThat(statusOf(paymentId)).isEqualTo("REFUNDED");
		assertThat(published("payment.refund.processed", paymentId)).extracting(event -> event.get("amount").asLong())
			.containsExactly(30_000L, 20_000L);
	}

	@Test
	void refundsOnceForTheSameIdempotencyKey() {
		String key = unique("key-");

		Reply first = refund(10_000L, key);
		Reply replay = refund(10_000L, key);

		assertThat(replay.data().get("refundId").asString()).isEqualTo(first.data().get("refundId").asString());
		wiremock.verify(1, postRequestedFor(urlEqualTo("/v1/payments/" + providerPaymentId + "/refund")));
	}

	@Test
	void completesAtOnceWhenRazorpayProcessesTheRefundImmediately() {
		wiremock.resetAll();
		razorpayRefunds("processed");

		Reply reply = refund(5_000L, unique("key-"));

		assertThat(reply.data().get("status").asString()).isEqualTo("PROCESSED");
		assertThat(statusOf(paymentId)).isEqualTo("PARTIALLY_REFUNDED");
		assertThat(published("payment.refund.processed", paymentId)).hasSize(1);
	}

	@Test
	void freesTheAmountOfAFailedRefund() {
		JsonNode failed = refund(CAPTURED, unique("key-")).data();
		Map<String, Object> entity = refundEntity(failed, CAPTURED, "failed");
		deliverWebhook(webhookBody("refund.failed", Map.of("refund", entity)), unique("evt_"), WEBHOOK_SECRET);

		Reply retry = refund(CAPTURED, unique("key-"));

		assertThat(refundStatus(failed)).isEqualTo("FAILED");
		assertThat(retry.status()).isEqualTo(201);
		assertThat(statusOf(paymentId)).isEqualTo("CAPTURED");
	}

	@Nested
	class Refuses {

		@Test
		void moreThanIsLeft() {
			refund(30_000L, unique("key-"));
			refund(20_000L, unique("key-"));

			Reply reply = refund(1L, unique("key-"));

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("REFUND_EXCEEDS_CAPTURED");
			wiremock.verify(2, postRequestedFor(urlEqualTo("/v1/payments/" + providerPaymentId + "/refund")));
		}

		@Test
		void moreThanWasCapturedInOneGo() {
			Reply reply = refund(CAPTURED + 1, unique("key-"));

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("REFUND_EXCEEDS_CAPTURED");
		}

		@Test
		void aPaymentThatWasNeverCaptured() {
			String open = openedPayment(unique("cust-"), 10_000).get("paymentId").asString();

			Reply reply = api.send(HttpMethod.POST, "/api/v1/payments/" + open + "/refunds", admin, Map.of(),
					key(unique("key-")));

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("PAYMENT_NOT_REFUNDABLE");
		}

		@Test
		void aNegativeAmount() {
			Reply reply = refund(-5L, unique("key-"));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void aCustomer() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/payments/" + paymentId + "/refunds",
					TestTokens.customer(), Map.of(), key(unique("key-")));

			assertThat(reply.status()).isEqualTo(403);
			assertThat(reply.errorCode()).isEqualTo("FORBIDDEN");
		}
	}

	private Reply refund(Long amount, String idempotencyKey) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (amount != null) {
			body.put("amount", amount);
		}
		body.put("reason", "Damaged in transit");
		return api.send(HttpMethod.POST, "/api/v1/payments/" + paymentId + "/refunds", admin, body,
				key(idempotencyKey));
	}

	private static HttpHeaders key(String key) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Idempotency-Key", key);
		return headers;
	}

	private void razorpayRefunds(String status) {
		wiremock.stubFor(post(urlEqualTo("/v1/payments/" + providerPaymentId + "/refund"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withTransformers("response-template")
				.withBody("""
						{"id":"rfnd_{{request.headers.X-Refund-Idempotency}}","entity":"refund",
						 "amount":{{jsonPath request.body '$.amount'}},"currency":"INR","payment_id":"%s",
						 "notes":{"refund_id":"{{request.headers.X-Refund-Idempotency}}"},"status":"%s"}"""
					.formatted(providerPaymentId, status))));
	}

	private Map<String, Object> refundEntity(JsonNode refund, long amount, String status) {
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("id", refund.get("providerRefundId").asString());
		entity.put("entity", "refund");
		entity.put("amount", amount);
		entity.put("currency", "INR");
		entity.put("payment_id", providerPaymentId);
		entity.put("notes", Map.of("refund_id", refund.get("refundId").asString()));
		entity.put("status", status);
		return entity;
	}

	private String refundProcessed(JsonNode refund, long amount) {
		return webhookBody("refund.processed", Map.of("refund", refundEntity(refund, amount, "processed")));
	}

	private String refundStatus(JsonNode refund) {
		return jdbc.sql("SELECT status FROM refund WHERE id = :id")
			.param("id", refund.get("refundId").asString())
			.query(String.class)
			.single();
	}
}
