package com.vurksha.payment;

import org.junit.jupiter.api.Test;

import com.vurksha.payment.support.PaymentIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIntegrationTests extends PaymentIntegrationTest {

	@Test
	void describesThePaymentCallsInItsOpenApiDocument() {
		JsonNode paths = json.readTree(rest.getForObject("/v3/api-docs", String.class)).get("paths");

		assertThat(paths.has("/api/v1/payments")).isTrue();
		assertThat(paths.has("/api/v1/payments/{paymentId}")).isTrue();
		assertThat(paths.has("/api/v1/payments/{paymentId}/refunds")).isTrue();
		assertThat(paths.has("/api/v1/payments/webhooks/{provider}")).isTrue();
		assertThat(paths.get("/api/v1/payments").get("post").get("summary").asString())
			.isEqualTo("Open the payment of one of my orders awaiting payment");
	}
}
