package com.vurksha.payment;

import org.junit.jupiter.api.Test;

import com.vurksha.payment.support.PaymentIntegrationTest;
import com.vurksha.platformtest.ApiDocuments;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIntegrationTests extends PaymentIntegrationTest {

	@Test
	void describesThePaymentCallsInItsOpenApiDocument() {
		JsonNode document = json.readTree(rest.getForObject("/v3/api-docs", String.class));
		JsonNode paths = document.get("paths");

		assertThat(paths.has("/api/v1/payments")).isTrue();
		assertThat(paths.has("/api/v1/payments/{paymentId}")).isTrue();
		assertThat(paths.has("/api/v1/payments/{paymentId}/refunds")).isTrue();
		assertThat(paths.has("/api/v1/payments/webhooks/{provider}")).isTrue();
		assertThat(paths.get("/api/v1/payments").get("post").get("summary").asString())
			.isEqualTo("Open the payment of one of my orders awaiting payment");
		assertThat(paths.get("/api/v1/payments/webhooks/{provider}").get("post").get("security")).isEmpty();
		assertThat(paths.propertyNames()).noneMatch(path -> path.startsWith("/api/v1/dev/"));
		ApiDocuments.export(document, "payment");
	}
}
