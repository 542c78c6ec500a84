package com.vurksha.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.vurksha.admin.replica.Source;
import com.vurksha.admin.support.ServiceDatabases;

/** The dashboard shows today from the reports, with the hours' figures for the charts, and says what it leaves out. */
class DashboardPageIntegrationTests extends ConsoleTest {

	@Test
	void showsTodaysOrdersByHourForTheCharts() {
		rows.order("CONFIRMED", "zone-a", "2026-12-08");
		signInAsOperator();

		HttpResponse<String> page = console.get("/admin/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Orders by hour")
			.containsPattern("/admin/webjars/uplot/[0-9.]+/dist/uPlot.iife.min.js")
			.contains("/admin/static/charts.js")
			.doesNotContain("Not shown because");
		Matcher hours = Pattern.compile("data-chart=\"orders\"[^>]*data-x=\"([^\"]*)\"[^>]*data-y=\"([^\"]*)\"")
			.matcher(page.body());
		assertThat(hours.find()).isTrue();
		assertThat(hours.group(1).split(",")).hasSize(24).startsWith("0", "1").endsWith("23");
		long orders = java.util.Arrays.stream(hours.group(2).split(",")).mapToLong(Long::parseLong).sum();
		assertThat(orders).isPositive();
		assertThat(console.get("/admin/webjars/uplot/dist/uPlot.iife.min.js").statusCode()).isEqualTo(200);
		assertThat(console.get("/admin/static/charts.js").statusCode()).isEqualTo(200);
	}

	@Test
	void namesThePartsWhoseReplicaIsNotAnswering() {
		signInAsOperator();

		HttpResponse<String> page;
		try (ServiceDatabases.Outage outage = ServiceDatabases.shared().refuseConnections(Source.NOTIFICATION)) {
			page = console.get("/admin/");
		}

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Not shown because their read replica is not answering: NOTIFICATIONS")
			.contains("Orders by hour");
	}
}
