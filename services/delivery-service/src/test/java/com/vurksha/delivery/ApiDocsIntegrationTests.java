package com.vurksha.delivery;

import org.junit.jupiter.api.Test;

import com.vurksha.delivery.support.DeliveryIntegrationTest;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.ApiDocuments;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIntegrationTests extends DeliveryIntegrationTest {

	@Test
	void describesThePublicRiderAndAdminCallsButNotTheInternalOnes() {
		Api.Reply docs = api.get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.body().get("paths");
		assertThat(paths.propertyNames()).contains("/api/v1/delivery/slots", "/api/v1/rider/deliveries");
		assertThat(paths.propertyNames()).noneMatch(path -> path.startsWith("/internal/"));
		assertThat(paths.get("/api/v1/delivery/slots").get("get").get("security")).isEmpty();
		ApiDocuments.export(docs.body(), "delivery");
	}
}
