package com.vurksha.user;

import org.junit.jupiter.api.Test;

import com.vurksha.platformtest.ApiDocuments;
import com.vurksha.user.support.Api;
import com.vurksha.user.support.UserServiceIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIntegrationTests extends UserServiceIntegrationTest {

	@Test
	void describesEveryEndpointWithoutLeakingTheCallerAsAParameter() {
		Api.Reply docs = api.get("/v3/api-docs", null);

		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.body().get("paths");
		assertThat(paths.propertyNames()).contains("/api/v1/auth/otp/request", "/api/v1/auth/otp/verify",
				"/api/v1/auth/token/refresh", "/api/v1/auth/logout", "/.well-known/jwks.json", "/api/v1/users/me",
				"/api/v1/users/me/addresses", "/api/v1/users/me/addresses/{id}");
		assertThat(paths.get("/api/v1/auth/otp/request").get("post").get("summary").asString())
			.isEqualTo("Send a sign-in code by SMS");
		assertThat(paths.get("/api/v1/users/me/addresses").get("get").get("parameters").findValuesAsString("name"))
			.containsExactlyInAnyOrder("page", "limit");
		assertThat(paths.get("/api/v1/users/me").get("get").has("parameters")).isFalse();
		assertThat(paths.get("/api/v1/auth/otp/verify").get("post").get("security")).isEmpty();
		assertThat(paths.get("/api/v1/users/me").get("get").get("security").get(0).has("bearer")).isTrue();
		ApiDocuments.export(docs.body(), "user");
	}

	@Test
	void reportsReadinessForTheOrchestrator() {
		assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
	}
}
