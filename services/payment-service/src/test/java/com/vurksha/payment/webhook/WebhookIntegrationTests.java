package com.vurksha.payment.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import com.vurksha.platformtest.Api.Reply;
import com.vurksha.payment.support.PaymentIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookIntegrationTests extends PaymentIntegrationTest {

	String paymentId;

	String providerOrderId;

	@BeforeEach
	void openPayment() {
		JsonNode payment = openedPayment(unique("cust-"), 50_000);
		paymentId = payment.get("paymentId").asString();
		providerOrderId = payment.get("providerOrderId").asString();
	}

	@Test
	void capturesThePaymentAndPublishesPaymentCaptured() {
		Reply reply = deliverPaymentEvent("payment.captured",
				paymentEntity("pay_A1", providerOrderId, "captured", 50_000));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("duplicate").asBoolean()).isFalse();
		assertThat(reply.data().get("outcome").asString()).isEqualTo("APPLIED");
		assertThat(statusOf(paymentId)).isEqualTo("CAPTURED");
		List<JsonNode> events = published("payment.payment.captured", paymentId);
		assertThat(events).hasSize(1);
		assertThat(events.get(0).get("paymentId").asString()).isEqualTo(paymentId);
		assertThat(events.get(0).get("amount").asLong()).isEqualTo(50_000);
		assertThat(events.get(0).get("currency").asString()).isEqualTo("INR");
		assertThat(events.get(0).get("providerPaymentId").asString()).isEqualTo("pay_A1");
		assertThat(jdbc.sql("SELECT amount FROM payment_transaction WHERE payment_id = :id AND type = 'CAPTURE'")
			.param("id", paymentId)
			.query(Long.class)
			.single()).isEqualTo(50_000);
	}

	@Test
	void acceptsThePreviousSecretDuringRotation() {
		String body = webhookBody("payment.captured",
				Map.of("payment", paymentEntity("pay_R1", providerOrderId, "captured", 50_000)));

		Reply reply = deliverWebhook(body, unique("evt_"), PREVIOUS_WEBHOOK_SECRET);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(statusOf(paymentId)).isEqualTo("CAPTURED");
	}

	@Test
	void treatsTheSameEventIdAgainAsAHarmlessNoOp() {
		String body = webhookBody("payment.captured",
				Map.of("payment", paymentEntity("pay_D1", providerOrderId, "captured", 50_000)));
		String eventId = unique("evt_");

		Reply first = deliverWebhook(body, eventId, WEBHOOK_SECRET);
		Reply second = deliverWebhook(body, eventId, WEBHOOK_SECRET);

		assertThat(first.data().get("duplicate").asBoolean()).isFalse();
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.data().get("duplicate").asBoolean()).isTrue();
		assertThat(published("payment.payment.captured", paymentId)).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM webhook_event WHERE event_id = :id").param("id", eventId)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void letsAFailedPaymentBePaidOnANewAttempt() {
		deliverPaymentEvent("payment.failed", paymentEntity("pay_F1", providerOrderId, "failed", 50_000));
		assertThat(statusOf(paymentId)).isEqualTo("FAILED");

		deliverPaymentEvent("payment.captured", paymentEntity("pay_F2", providerOrderId, "captured", 50_000));

		assertThat(statusOf(paymentId)).isEqualTo("CAPTURED");
		assertThat(published("payment.payment.failed", paymentId)).singleElement()
			.satisfies(event -> assertThat(event.get("reason").asString()).isEqualTo("Payment was declined by the bank"));
		assertThat(published("payment.payment.captured", paymentId)).singleElement()
			.satisfies(event -> assertThat(event.get("providerPaymentId").asString()).isEqualTo("pay_F2"));
		assertThat(jdbc.sql("SELECT attempts FROM payment WHERE id = :id").param("id", paymentId)
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Nested
	class OutOfOrder {

		@Test
		void anAuthorizationAfterTheCaptureChangesNothing() {
			deliverPaymentEvent("payment.captured", paymentEntity("pay_O1", providerOrderId, "captured", 50_000));

			Reply late = deliverPaymentEvent("payment.authorized",
					paymentEntity("pay_O1", providerOrderId, "authorized", 50_000));

			assertThat(late.status()).isEqualTo(200);
			assertThat(late.data().get("outcome").asString()).isEqualTo("STALE");
			assertThat(statusOf(paymentId)).isEqualTo("CAPTURED");
			assertThat(published("payment.payment.captured", paymentId)).hasSize(1);
		}

		@Test
		void aFailureAfterTheCaptureLeavesItCaptured() {
			deliverPaymentEvent("payment.captured", paymentEntity("pay_O2", providerOrderId, "captured", 50_000));

			Reply late = deliverPaymentEvent("payment.failed", paymentEntity("pay_O3", providerOrderId, "failed", 50_000));

			assertThat(late.data().get("outcome").asString()).isEqualTo("STALE");
			assertThat(statusOf(paymentId)).isEqualTo("CAPTURED");
			assertThat(published("payment.payment.failed", paymentId)).isEmpty();
		}

		@Test
		void anOrderPaidBeforeThePaymentsOwnEventsCapturesOnce() {
			Map<String, Object> captured = paymentEntity("pay_O4", providerOrderId, "captured", 50_000);
			deliverWebhook(webhookBody("order.paid", Map.of("payment", captured, "order",
					Map.of("id", providerOrderId, "entity", "order", "amount", 50_000, "status", "paid"))),
					unique("evt_"), WEBHOOK_SECRET);

			deliverPaymentEvent("payment.authorized", paymentEntity("pay_O4", providerOrderId, "authorized", 50_000));
			deliverPaymentEvent("payment.captured", captured);

			assertThat(statusOf(paymentId)).isEqualTo("CAPTURED");
			assertThat(published("payment.payment.captured", paymentId)).hasSize(1);
		}
	}

	@Nested
	class Refuses {

		@Test
		void aBadSignatureWith400AndChangesNothing() {
			String body = webhookBody("payment.captured",
					Map.of("payment", paymentEntity("pay_B1", providerOrderId, "captured", 50_000)));
			String eventId = unique("evt_");

			Reply reply = deliverWebhook(body, eventId, "not-the-secret");

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("WEBHOOK_SIGNATURE_INVALID");
			assertThat(statusOf(paymentId)).isEqualTo("CREATED");
			assertThat(published("payment.payment.captured", paymentId)).isEmpty();
			assertThat(jdbc.sql("SELECT count(*) FROM webhook_event WHERE event_id = :id").param("id", eventId)
				.query(Long.class).single()).isZero();
		}

		@Test
		void aBodyChangedAfterSigning() {
			String signed = webhookBody("payment.failed",
					Map.of("payment", paymentEntity("pay_B2", providerOrderId, "failed", 50_000)));
			HttpHeaders headers = new HttpHeaders();
			headers.set("X-Razorpay-Signature", WebhookSignature.sign(signed.getBytes(StandardCharsets.UTF_8),
					WEBHOOK_SECRET));
			headers.set("x-razorpay-event-id", unique("evt_"));

			Reply reply = api.send(HttpMethod.POST, "/api/v1/payments/webhooks/razorpay", null,
					signed.replace("failed", "captured"), headers);

			assertThat(reply.status()).isEqualTo(400);
			assertThat(statusOf(paymentId)).isEqualTo("CREATED");
		}

		@Test
		void aMissingSignature() {
			HttpHeaders headers = new HttpHeaders();
			headers.set("x-razorpay-event-id", unique("evt_"));

			Reply reply = api.send(HttpMethod.POST, "/api/v1/payments/webhooks/razorpay", null,
					webhookBody("payment.captured",
							Map.of("payment", paymentEntity("pay_B3", providerOrderId, "captured", 50_000))),
					headers);

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("WEBHOOK_SIGNATURE_INVALID");
		}

		@Test
		void aSignedBodyThatIsNotJson() {
			Reply reply = deliverWebhook("not json at all", unique("evt_"), WEBHOOK_SECRET);

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("MALFORMED_REQUEST");
		}

		@Test
		void aSignedBodyWithoutEventId() {
			Reply reply = deliverWebhook(webhookBody("payment.captured",
					Map.of("payment", paymentEntity("pay_B4", providerOrderId, "captured", 50_000))), "",
					WEBHOOK_SECRET);

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(statusOf(paymentId)).isEqualTo("CREATED");
		}

		@Test
		void aCaptureForAnotherAmountAndLogsIt() {
			String eventId = unique("evt_");

			Reply reply = deliverWebhook(webhookBody("payment.captured",
					Map.of("payment", paymentEntity("pay_M1", providerOrderId, "captured", 100))), eventId,
					WEBHOOK_SECRET);

			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.data().get("outcome").asString()).isEqualTo("AMOUNT_MISMATCH");
			assertThat(statusOf(paymentId)).isEqualTo("CREATED");
			assertThat(published("payment.payment.captured", paymentId)).isEmpty();
			assertThat(jdbc.sql("SELECT outcome FROM webhook_event WHERE event_id = :id").param("id", eventId)
				.query(String.class).single()).isEqualTo("AMOUNT_MISMATCH");
		}

		@Test
		void aCaptureInAnotherCurrency() {
			Map<String, Object> entity = new java.util.LinkedHashMap<>(
					paymentEntity("pay_M2", providerOrderId, "captured", 50_000));
			entity.put("currency", "USD");

			Reply reply = deliverPaymentEvent("payment.captured", entity);

			assertThat(reply.data().get("outcome").asString()).isEqualTo("AMOUNT_MISMATCH");
			assertThat(statusOf(paymentId)).isEqualTo("CREATED");
		}

		@Test
		void aProviderWeDoNotKnow() {
			HttpHeaders headers = new HttpHeaders();
			headers.set("X-Razorpay-Signature", "00");
			headers.set("x-razorpay-event-id", unique("evt_"));

			Reply reply = api.send(HttpMethod.POST, "/api/v1/payments/webhooks/stripe", null, "{}", headers);

			assertThat(reply.status()).isEqualTo(404);
		}
	}
}
