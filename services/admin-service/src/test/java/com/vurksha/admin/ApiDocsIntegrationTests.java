package com.vurksha.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vurksha.admin.support.AdminIntegrationTest;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.ApiDocuments;

/** The API document describes the reports and the audit log and leaves the console's pages out. */
class ApiDocsIntegrationTests extends AdminIntegrationTest {

	@Test
	void describesTheApiAndNotTheConsole() {
		Api.Reply docs = api.get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().at("/paths/~1api~1v1~1admin~1audit/get/operationId").asString())
			.isEqualTo("listAuditEntries");
		assertThat(docs.body().at("/paths/~1api~1v1~1admin~1reports~1sales/get/operationId").asString())
			.isEqualTo("getSalesReport");
		assertThat(docs.body().get("paths").propertyNames()).allMatch(path -> path.startsWith("/api/"));
		ApiDocuments.export(docs.body(), "admin");
	}
}
