package com.vurksha.order;

import org.junit.jupiter.api.Test;

import com.vurksha.order.support.OrderServiceIntegrationTest;
import com.vurksha.platformtest.ApiDocuments;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIntegrationTests extends OrderServiceIntegrationTest {

	@Test
	void describesEveryEndpointWithoutLeakingTheCallerAsAParameter() {
		JsonNode docs = api.get("/v3/api-docs").body();

		JsonNode paths = docs.get("paths");
		assertThat(paths.propertyNames()).contains("/api/v1/orders", "/api/v1/orders/{id}",
				"/api/v1/orders/{id}/cancel", "/api/v1/admin/orders/{id}/status", "/api/v1/admin/coupons",
				"/api/v1/orders/{id}/tracking");
		assertThat(paths.propertyNames()).doesNotContain("/internal/v1/orders/{id}");
		assertThat(paths.get("/api/v1/orders").get("post").get("summary").asString())
			.isEqualTo("Place an order from my cart");
		assertThat(paths.get("/api/v1/orders").get("get").get("parameters").findValuesAsString("name"))
			.containsExactlyInAnyOrder("page", "limit");
		assertThat(paths.get("/api/v1/orders/{id}").get("get").get("parameters").findValuesAsString("name"))
			.containsExactly("id");
		assertThat(paths.get("/api/v1/orders/{id}/tracking").get("get").get("parameters").findValuesAsString("name"))
			.containsExactly("id");
		ApiDocuments.export(docs, "order");
	}

	@Test
	void reportsReadinessForTheOrchestrator() {
		assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
	}
}
