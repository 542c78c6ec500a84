package com.vurksha.payment.payment;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.vurksha.payment.support.PaymentIntegrationTest;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationIntegrationTests extends PaymentIntegrationTest {

	@Autowired
	Reconciliation reconciliation;

	String paymentId;

	String providerOrderId;

	@BeforeEach
	void openPayment() {
		JsonNode payment = openedPayment(unique("cust-"), 25_000);
		paymentId = payment.get("paymentId").asString();
		providerOrderId = payment.get("providerOrderId").asString();
	}

	@Test
	void capturesAStuckPaymentFromWhatTheProviderReports() {
		stuckForAnHour(paymentId);
		razorpayReports(paymentEntity("pay_S1", providerOrderId, "failed", 25_000),
				paymentEntity("pay_S2", providerOrderId, "captured", 25_000));

		reconciliation.reconcile();

		assertThat(statusOf(paymentId)).isEqualTo("CAPTURED");
		assertThat(published("payment.payment.captured", paymentId)).singleElement()
			.satisfies(event -> assertThat(event.get("providerPaymentId").asString()).isEqualTo("pay_S2"));
	}

	@Test
	void leavesARecentPaymentToItsWebhook() {
		razorpayReports(paymentEntity("pay_S3", providerOrderId, "captured", 25_000));

		reconciliation.reconcile();

		assertThat(statusOf(paymentId)).isEqualTo("CREATED");
		wiremock.verify(0, getRequestedFor(urlEqualTo("/v1/orders/" + providerOrderId + "/payments")));
	}

	@Test
	void asksAgainOnlyAfterAnotherPeriod() {
		stuckForAnHour(paymentId);
		razorpayReports();

		reconciliation.reconcile();
		reconciliation.reconcile();

		assertThat(statusOf(paymentId)).isEqualTo("CREATED");
		wiremock.verify(1, getRequestedFor(urlEqualTo("/v1/orders/" + providerOrderId + "/payments")));
	}

	@Test
	void refusesAReportForAnotherAmount() {
		stuckForAnHour(paymentId);
		razorpayReports(paymentEntity("pay_S4", providerOrderId, "captured", 1));

		reconciliation.reconcile();

		assertThat(statusOf(paymentId)).isEqualTo("CREATED");
	}

	private void stuckForAnHour(String id) {
		jdbc.sql("UPDATE payment SET created_at = created_at - interval '1 hour' WHERE id = :id").param("id", id).update();
	}

	@SafeVarargs
	private void razorpayReports(Map<String, Object>... attempts) {
		wiremock.stubFor(get(urlEqualTo("/v1/orders/" + providerOrderId + "/payments")).willReturn(aResponse()
			.withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(api.json(Map.of("entity", "collection", "count", attempts.length, "items", List.of(attempts))))));
	}
}
