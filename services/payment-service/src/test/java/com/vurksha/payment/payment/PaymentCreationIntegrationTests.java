package com.vurksha.payment.payment;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import com.vurksha.platformtest.Api.Reply;
import com.vurksha.payment.support.PaymentIntegrationTest;
import com.vurksha.platformtest.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentCreationIntegrationTests extends PaymentIntegrationTest {

	@Test
	void opensAPaymentForExactlyTheOrderTotalOnANewRazorpayOrder() {
		String userId = unique("cust-");
		String token = TestTokens.customer(userId);
		String orderId = unique("ord");
		orderServiceHas(orderId, userId, "PENDING_PAYMENT", 45_600);
		razorpayCreatesOrders();

		Reply reply = openPayment(token, orderId, unique("key-"));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.data().get("paymentId").asString()).startsWith("pay_");
		assertThat(reply.data().get("provider").asString()).isEqualTo("razorpay");
		assertThat(reply.data().get("providerOrderId").asString()).startsWith("order_");
		assertThat(reply.data().get("amount").asLong()).isEqualTo(45_600);
		assertThat(reply.data().get("currency").asString()).isEqualTo("INR");
		assertThat(reply.data().get("status").asString()).isEqualTo("CREATED");
		assertThat(reply.data().get("clientPayload").get("keyId").asString()).isEqualTo(KEY_ID);
		assertThat(reply.data().get("clientPayload").get("orderId").asString())
			.isEqualTo(reply.data().get("providerOrderId").asString());
		assertThat(reply.data().get("clientPayload").get("amount").asLong()).isEqualTo(45_600);
		assertThat(reply.data().get("clientPayload").get("name").asString()).isEqualTo("Vurksha");
		wiremock.verify(1, postRequestedFor(urlEqualTo("/v1/orders"))
			.withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(KEY_ID, KEY_SECRET))
			.withRequestBody(equalToJson("{\"amount\":45600,\"currency\":\"INR\",\"receipt\":\"VK-20261125-"
					+ orderId.substring(0, 6) + "\"}")));
		// the order service is asked with the payment service's own token, the customer's only as context
		wiremock.verify(1, getRequestedFor(urlEqualTo("/internal/v1/orders/" + orderId))
			.withHeader("X-Customer-Token", equalTo(token))
			.withHeader("Authorization", matching("Bearer (?!" + java.util.regex.Pattern.quote(token) + ").+")));
	}

	@Test
	void replaysTheFirstAnswerForTheSameIdempotencyKeyWithoutASecondProviderOrder() {
		String userId = unique("cust-");
		String token = TestTokens.customer(userId);
		String orderId = unique("ord");
		orderServiceHas(orderId, userId, "PENDING_PAYMENT", 20_000);
		razorpayCreatesOrders();
		String key = unique("key-");

		Reply first = openPayment(token, orderId, key);
		Reply replay = openPayment(token, orderId, key);

		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.data().get("paymentId").asString()).isEqualTo(first.data().get("paymentId").asString());
		assertThat(replay.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
		wiremock.verify(1, postRequestedFor(urlEqualTo("/v1/orders")));
	}

	@Test
	void answersTheOrdersExistingPaymentUnderAnotherKey() {
		String userId = unique("cust-");
		String token = TestTokens.customer(userId);
		String orderId = unique("ord");
		orderServiceHas(orderId, userId, "PENDING_PAYMENT", 20_000);
		razorpayCreatesOrders();

		Reply first = openPayment(token, orderId, unique("key-"));
		Reply second = openPayment(token, orderId, unique("key-"));

		assertThat(second.data().get("paymentId").asString()).isEqualTo(first.data().get("paymentId").asString());
		wiremock.verify(1, postRequestedFor(urlEqualTo("/v1/orders")));
	}

	@Test
	void showsMeMyPayment() {
		String userId = unique("cust-");
		String paymentId = openedPayment(userId, 30_000).get("paymentId").asString();

		Reply reply = api.get("/api/v1/payments/" + paymentId, TestTokens.customer(userId));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("paymentId").asString()).isEqualTo(paymentId);
		assertThat(reply.data().get("status").asString()).isEqualTo("CREATED");
		assertThat(reply.data().get("amount").asLong()).isEqualTo(30_000);
	}

	@Nested
	class Refuses {

		@Test
		void anotherBodyUnderAUsedKey() {
			String userId = unique("cust-");
			String token = TestTokens.customer(userId);
			String orderId = unique("ord");
			String otherOrderId = unique("ord");
			orderServiceHas(orderId, userId, "PENDING_PAYMENT", 20_000);
			orderServiceHas(otherOrderId, userId, "PENDING_PAYMENT", 20_000);
			razorpayCreatesOrders();
			String key = unique("key-");
			openPayment(token, orderId, key);

			Reply reply = openPayment(token, otherOrderId, key);

			assertThat(reply.status()).isEqualTo(422);
			assertThat(reply.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		}

		@Test
		void anOrderThatIsNotAwaitingPayment() {
			String userId = unique("cust-");
			String orderId = unique("ord");
			orderServiceHas(orderId, userId, "CONFIRMED", 20_000);

			Reply reply = openPayment(TestTokens.customer(userId), orderId, unique("key-"));

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("ORDER_NOT_PAYABLE");
			wiremock.verify(0, postRequestedFor(urlEqualTo("/v1/orders")));
		}

		@Test
		void someoneElsesOrderAsIfItDidNotExist() {
			String orderId = unique("ord");
			orderServiceHas(orderId, unique("other-"), "PENDING_PAYMENT", 20_000);

			Reply reply = openPayment(TestTokens.customer(unique("cust-")), orderId, unique("key-"));

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("ORDER_NOT_FOUND");
			wiremock.verify(0, postRequestedFor(urlEqualTo("/v1/orders")));
		}

		@Test
		void anOrderTheOrderServiceDoesNotKnow() {
			String orderId = unique("ord");
			wiremock.stubFor(get(urlEqualTo("/internal/v1/orders/" + orderId)).willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"success\":false,\"error\":{\"code\":\"ORDER_NOT_FOUND\"}}")));

			Reply reply = openPayment(TestTokens.customer(unique("cust-")), orderId, unique("key-"));

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("ORDER_NOT_FOUND");
		}

		@Test
		void aRequestWithoutIdempotencyKey() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/payments", TestTokens.customer(), Map.of("orderId", "o1"));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
		}

		@Test
		void aBlankOrderId() {
			HttpHeaders headers = new HttpHeaders();
			headers.set("X-Idempotency-Key", unique("key-"));

			Reply reply = api.send(HttpMethod.POST, "/api/v1/payments", TestTokens.customer(), Map.of("orderId", " "),
					headers);

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void aCallerWithoutToken() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/payments", null, Map.of("orderId", "o1"));

			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.errorCode()).isEqualTo("UNAUTHORIZED");
		}

		@Test
		void someoneElsesPaymentAsIfItDidNotExist() {
			String paymentId = openedPayment(unique("cust-"), 30_000).get("paymentId").asString();

			Reply reply = api.get("/api/v1/payments/" + paymentId, TestTokens.customer(unique("cust-")));

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("PAYMENT_NOT_FOUND");
		}

		@Test
		void withARetryableAnswerWhenTheOrderServiceIsDown() {
			String orderId = unique("ord");
			wiremock.stubFor(get(urlEqualTo("/internal/v1/orders/" + orderId)).willReturn(aResponse().withStatus(503)));

			Reply reply = openPayment(TestTokens.customer(unique("cust-")), orderId, unique("key-"));

			assertThat(reply.status()).isEqualTo(503);
			assertThat(reply.body().get("error").get("retryable").asBoolean()).isTrue();
			wiremock.verify(0, postRequestedFor(urlEqualTo("/v1/orders")));
		}

		@Test
		void withARetryableAnswerWhenTheProviderIsDown() {
			String userId = unique("cust-");
			String orderId = unique("ord");
			orderServiceHas(orderId, userId, "PENDING_PAYMENT", 20_000);
			wiremock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/v1/orders"))
				.willReturn(aResponse().withStatus(503)));

			Reply reply = openPayment(TestTokens.customer(userId), orderId, unique("key-"));

			assertThat(reply.status()).isEqualTo(503);
			assertThat(reply.body().get("error").get("retryable").asBoolean()).isTrue();
			assertThat(jdbc.sql("SELECT count(*) FROM payment WHERE order_id = :id").param("id", orderId)
				.query(Long.class).single()).isZero();
		}
	}
}
