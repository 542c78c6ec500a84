package com.vurksha.admin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The API document names each report's operation, says it answers JSON or CSV, and lists its 503. */
class ReportApiDocumentIntegrationTests extends ReplicaReportTest {

	@Test
	void documentsEachReport() {
		JsonNode paths = api.get("/v3/api-docs").body().get("paths");
		Map.of("sales", "getSalesReport", "orders", "getOrdersReport", "slots", "getSlotsReport", "riders",
				"getRidersReport", "products", "getProductsReport", "stock-alerts", "getStockAlertsReport", "coupons",
				"getCouponsReport")
			.forEach((report, operationId) -> {
				JsonNode get = paths.path("/api/v1/admin/reports/" + report).path("get");
				assertThat(get.path("operationId").asString()).isEqualTo(operationId);
				assertThat(get.path("description").asString()).contains("replica");
				JsonNode ok = get.path("responses").path("200");
				assertThat(ok.at("/content/application~1json/schema/$ref").asString()).startsWith(
						"#/components/schemas/ReportEnvelope");
				assertThat(ok.at("/content/text~1csv/schema/type").asString()).isEqualTo("string");
				assertThat(ok.at("/headers/X-Data-As-Of/schema/format").asString()).isEqualTo("date-time");
				assertThat(get.path("responses").path("503").toString()).contains("REPORTS_REPLICA_UNAVAILABLE");
			});
	}
}
