package com.vurksha.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.gateway.support.Answer;
import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;

/**
 * Reports and the audit log go to the admin service for admins only; the operator console under /admin/ goes there
 * with its session cookie and CSRF header untouched, and its Set-Cookie comes back (the console checks its sessions).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.rate-limit.anonymous.per-second=1000", "vurksha.rate-limit.anonymous.burst=1000",
				"vurksha.rate-limit.user.per-second=1000", "vurksha.rate-limit.user.burst=1000" })
class AdminRoutesIntegrationTests {

	static final StandInServices services = new StandInServices();

	@LocalServerPort
	int port;

	GatewayClient client;

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		services.register(registry);
	}

	@AfterAll
	static void stopServices() {
		services.stop();
	}

	@BeforeEach
	void setUp() {
		client = new GatewayClient(port);
		services.admin.resetAll();
		services.admin.stubFor(any(urlPathMatching("/(api|admin)/.*")).willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody("{\"success\":true,\"data\":{}}")));
		services.admin.stubFor(any(urlEqualTo("/admin/sign-in")).willReturn(aResponse().withStatus(302)
			.withHeader("Location", "/admin/")
			.withHeader("Set-Cookie", "VURKSHA_ADMIN=abc; Path=/admin; Secure; HttpOnly; SameSite=Strict")));
	}

	@Test
	void routesReportsAndTheAuditLogToTheAdminServiceForAdmins() {
		String admin = "Bearer " + services.tokens.admin("usr_9");

		assertThat(client.get("/api/v1/admin/reports/sales?from=2026-12-01", "Authorization", admin).status())
			.isEqualTo(200);
		assertThat(client.get("/api/v1/admin/audit", "Authorization", admin).status()).isEqualTo(200);
		assertThat(client.get("/api/v1/admin/reports/orders", "Authorization",
				"Bearer " + services.tokens.customer("usr_1")).status()).isEqualTo(403);
		assertThat(client.get("/api/v1/admin/reports/orders").status()).isEqualTo(401);

		assertThat(paths()).containsExactly("/api/v1/admin/reports/sales?from=2026-12-01", "/api/v1/admin/audit");
	}

	@Test
	void passesTheConsoleWithItsCookieAndCsrfHeader() {
		Answer page = client.get("/admin/orders?status=CONFIRMED", "Cookie", "VURKSHA_ADMIN=abc");
		Answer signedIn = client.post("/admin/sign-in", "{}", "Cookie", "VURKSHA_ADMIN=abc", "X-CSRF-TOKEN", "t-1");

		assertThat(page.status()).isEqualTo(200);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Set-Cookie")).contains("VURKSHA_ADMIN=abc").contains("HttpOnly");
		assertThat(services.admin.findAll(postRequestedFor(urlEqualTo("/admin/sign-in"))
			.withHeader("Cookie", equalTo("VURKSHA_ADMIN=abc"))
			.withHeader("X-CSRF-TOKEN", equalTo("t-1")))).hasSize(1);
		assertThat(paths()).containsExactly("/admin/orders?status=CONFIRMED", "/admin/sign-in");
	}

	private static List<String> paths() {
		return services.admin.findAll(anyRequestedFor(urlPathMatching("/(api|admin)/.*"))).stream()
			.map(LoggedRequest::getUrl)
			.toList();
	}
}
