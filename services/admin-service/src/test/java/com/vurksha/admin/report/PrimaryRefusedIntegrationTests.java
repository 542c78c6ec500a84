package com.vurksha.admin.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import com.vurksha.admin.replica.Source;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;

/** Report connections that reach a primary, where a standby is required, read nothing: the report is a 503. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import(TestTokens.Config.class)
@ExtendWith(Shop.Closer.class)
class PrimaryRefusedIntegrationTests {

	@DynamicPropertySource
	static void primaries(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		Shop shop = Shop.get();
		registry.add("vurksha.admin.replicas.require-standby", () -> true);
		registry.add("vurksha.admin.replicas.username", shop::role);
		for (Source source : Source.values()) {
			registry.add("vurksha.admin.replicas.sources." + source.key(),
					() -> TestInfrastructure.jdbcUrl(shop.database(source)));
		}
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Autowired
	Dashboard dashboard;

	@Test
	void refusesToReportFromAPrimary() {
		Api api = new Api(rest, json);
		for (String report : new String[] { "sales", "orders", "slots", "riders", "products", "stock-alerts",
				"coupons" }) {
			Api.Reply reply = api.get("/api/v1/admin/reports/" + report + "?from=2026-11-10&to=2026-11-11",
					TestTokens.admin());

			assertThat(reply.status()).as(report).isEqualTo(503);
			assertThat(reply.errorCode()).as(report).isEqualTo("REPORTS_REPLICA_UNAVAILABLE");
		}
		assertThat(dashboard.today().unavailable()).hasSize(Today.Part.values().length);
	}
}
