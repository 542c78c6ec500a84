package com.vurksha.order.tracking;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.vurksha.order.support.OrderServiceIntegrationTest;
import com.vurksha.platformtest.Api.Reply;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** Tracking asks the delivery service (WireMock) for the order's delivery and survives its absence. */
class TrackingIntegrationTests extends OrderServiceIntegrationTest {

	@Autowired
	CircuitBreakerRegistry breakers;

	/** The delivery client's breaker is shared with checkout; leave it closed for the next test. */
	@AfterEach
	void closeTheBreaker() {
		breakers.circuitBreaker("delivery").reset();
	}

	@Test
	void showsMyOrdersDeliveryWithTheRiderAndTheCode() {
		Customer asha = newCustomer();
		String id = placed(asha, "COD");
		deliveryAnswers(id, 200, """
				{"success":true,"data":{"deliveryId":"d-1","orderId":"%s","userId":"%s","status":"EN_ROUTE","attempt":1,
				 "riderFirstName":"Ravi","lastLocation":{"latitude":12.96,"longitude":77.58,"recordedAt":"2026-11-26T03:00:00Z"},
				 "etaMinutes":7,"etaAt":"2026-11-26T03:07:00Z","deliveryOtp":"4821"}}""".formatted(id, asha.id()));

		Reply reply = api.get("/api/v1/orders/" + id + "/tracking", asha.token());

		assertThat(reply.status()).isEqualTo(200);
		JsonNode tracking = reply.data();
		assertThat(tracking.get("orderId").asString()).isEqualTo(id);
		assertThat(tracking.get("number").asString()).startsWith("VK-");
		assertThat(tracking.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(tracking.get("deliveryUnavailable").asBoolean()).isFalse();
		JsonNode delivery = tracking.get("delivery");
		assertThat(delivery.get("status").asString()).isEqualTo("EN_ROUTE");
		assertThat(delivery.get("riderFirstName").asString()).isEqualTo("Ravi");
		assertThat(delivery.get("lastLocation").get("latitude").asDouble()).isEqualTo(12.96);
		assertThat(delivery.get("etaMinutes").asInt()).isEqualTo(7);
		assertThat(delivery.get("deliveryOtp").asString()).isEqualTo("4821");
		assertThat(delivery.has("userId")).isFalse();
	}

	@Test
	void showsTheRidersPhotoOfTheDoorAfterAFailedAttempt() {
		Customer asha = newCustomer();
		String id = placed(asha, "COD");
		deliveryAnswers(id, 200, """
				{"success":true,"data":{"deliveryId":"d-1","orderId":"%s","userId":"%s","status":"ASSIGNED","attempt":2,
				 "riderFirstName":"Ravi","lastLocation":null,"etaMinutes":null,"etaAt":null,"deliveryOtp":null,
				 "proofFileId":"0b6f2a9e-4c1d-4f7a-9a57-3e2d1c0b9a88"}}""".formatted(id, asha.id()));

		Reply reply = api.get("/api/v1/orders/" + id + "/tracking", asha.token());

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("delivery").get("proofFileId").asString())
			.isEqualTo("0b6f2a9e-4c1d-4f7a-9a57-3e2d1c0b9a88");
	}

	@Test
	void showsNoDeliveryWhileTheDeliveryServiceHasNone() {
		Customer asha = newCustomer();
		String id = placed(asha, "COD");
		deliveryAnswers(id, 404, """
				{"success":false,"error":{"code":"DELIVERY_NOT_FOUND","message":"No delivery","retryable":false,"details":[]}}""");

		JsonNode tracking = api.get("/api/v1/orders/" + id + "/tracking", asha.token()).data();

		assertThat(tracking.get("delivery").isNull()).isTrue();
		assertThat(tracking.get("deliveryUnavailable").asBoolean()).isFalse();
		assertThat(tracking.get("status").asString()).isEqualTo("CONFIRMED");
	}

	@Nested
	class WhenTheDeliveryServiceCannotAnswer {

		@Test
		void stillAnswersWithTheOrderWhenItIsDown() {
			Customer asha = newCustomer();
			String id = placed(asha, "COD");
			WIREMOCK.stubFor(get(urlPathMatching("/internal/v1/deliveries/by-order/.*"))
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

			Reply reply = api.get("/api/v1/orders/" + id + "/tracking", asha.token());

			assertUnavailable(reply, id);
		}

		@Test
		void stillAnswersWithTheOrderWhenItIsTooSlow() {
			Customer asha = newCustomer();
			String id = placed(asha, "COD");
			WIREMOCK.stubFor(get(urlPathMatching("/internal/v1/deliveries/by-order/.*"))
				.willReturn(aResponse().withStatus(200).withFixedDelay(6_000)));

			Reply reply = api.get("/api/v1/orders/" + id + "/tracking", asha.token());

			assertUnavailable(reply, id);
		}

		@Test
		void doesNotCallItWhileItsBreakerIsOpen() {
			Customer asha = newCustomer();
			String id = placed(asha, "COD");
			breakers.circuitBreaker("delivery").transitionToOpenState();

			Reply reply = api.get("/api/v1/orders/" + id + "/tracking", asha.token());

			assertUnavailable(reply, id);
			WIREMOCK.verify(0, getRequestedFor(urlPathMatching("/internal/v1/deliveries/.*")));
		}

		private void assertUnavailable(Reply reply, String id) {
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.data().get("orderId").asString()).isEqualTo(id);
			assertThat(reply.data().get("delivery").isNull()).isTrue();
			assertThat(reply.data().get("deliveryUnavailable").asBoolean()).isTrue();
		}
	}

	@Nested
	class AnotherCustomersOrder {

		@Test
		void isNotFoundAndTheDeliveryServiceIsNotAsked() {
			String id = placed(newCustomer(), "COD");

			Reply reply = api.get("/api/v1/orders/" + id + "/tracking", newCustomer().token());
			Reply missing = api.get("/api/v1/orders/no-such-order/tracking", newCustomer().token());

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("ORDER_NOT_FOUND");
			assertThat(missing.errorCode()).isEqualTo("ORDER_NOT_FOUND");
			WIREMOCK.verify(0, getRequestedFor(urlPathMatching("/internal/v1/deliveries/.*")));
		}
	}

	private void deliveryAnswers(String orderId, int status, String body) {
		WIREMOCK.stubFor(get(urlEqualTo("/internal/v1/deliveries/by-order/" + orderId)).willReturn(
				aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
	}
}
