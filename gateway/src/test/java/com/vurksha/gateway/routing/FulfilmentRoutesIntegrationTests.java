package com.vurksha.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.vurksha.gateway.support.Answer;
import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;

/**
 * The fulfilment routes: notifications (including the device and preference paths under the user service's
 * {@code /api/v1/users/me}), the rider app and operator delivery paths, and product reviews; and who may call them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.rate-limit.anonymous.per-second=1000", "vurksha.rate-limit.anonymous.burst=1000",
				"vurksha.rate-limit.user.per-second=1000", "vurksha.rate-limit.user.burst=1000" })
class FulfilmentRoutesIntegrationTests {

	static final StandInServices services = new StandInServices();

	@LocalServerPort
	int port;

	GatewayClient client;

	String customer;

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
		customer = "Bearer " + services.tokens.customer("usr_1");
		for (WireMockServer server : List.of(services.user, services.product, services.ordering,
				services.notification)) {
			server.resetRequests();
			server.stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse()
				.withHeader("Content-Type", "application/json")
				.withBody("{\"success\":true,\"data\":{}}")));
		}
	}

	@Test
	void routesTheInboxDevicesAndPreferencesToTheNotificationServiceNotTheUserService() {
		assertThat(client.get("/api/v1/notifications?unreadOnly=true", "Authorization", customer).status())
			.isEqualTo(200);
		assertThat(client.post("/api/v1/notifications/ntf_1/read", "{}", "Authorization", customer).status())
			.isEqualTo(200);
		assertThat(client.post("/api/v1/users/me/devices", "{\"token\":\"t1\",\"platform\":\"ANDROID\"}",
				"Authorization", customer).status()).isEqualTo(200);
		assertThat(client.send("DELETE", "/api/v1/users/me/devices/t1", null, "Authorization", customer).status())
			.isEqualTo(200);
		assertThat(client.send("PUT", "/api/v1/users/me/notification-preferences", "{\"push\":false}",
				"Authorization", customer).status()).isEqualTo(200);

		assertThat(paths(services.notification)).containsExactly("/api/v1/notifications?unreadOnly=true",
				"/api/v1/notifications/ntf_1/read", "/api/v1/users/me/devices", "/api/v1/users/me/devices/t1",
				"/api/v1/users/me/notification-preferences");
		assertThat(services.user.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void keepsTheRestOfTheProfileOnTheUserService() {
		assertThat(client.get("/api/v1/users/me/addresses", "Authorization", customer).status()).isEqualTo(200);

		assertThat(paths(services.user)).containsExactly("/api/v1/users/me/addresses");
		assertThat(services.notification.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void routesOperatorNotificationCallsForAdmins() {
		Answer admin = client.get("/api/v1/admin/notifications/dead", "Authorization",
				"Bearer " + services.tokens.admin("usr_9"));

		assertThat(admin.status()).isEqualTo(200);
		assertThat(paths(services.notification)).containsExactly("/api/v1/admin/notifications/dead");
	}

	@Test
	void routesTheRiderAppAndOperatorDeliveryCallsToTheDeliveryService() {
		String rider = "Bearer " + services.tokens.rider("usr_r1");
		String admin = "Bearer " + services.tokens.admin("usr_9");

		assertThat(client.get("/api/v1/rider/deliveries?page=1", "Authorization", rider).status()).isEqualTo(200);
		assertThat(client.post("/api/v1/rider/deliveries/dlv_1/deliver", "{\"otp\":\"1234\"}", "Authorization",
				rider).status()).isEqualTo(200);
		assertThat(client.get("/api/v1/admin/riders", "Authorization", admin).status()).isEqualTo(200);
		assertThat(client.post("/api/v1/admin/deliveries/dlv_1/reassign", "{}", "Authorization", admin).status())
			.isEqualTo(200);

		assertThat(paths(services.ordering)).containsExactly("/api/v1/rider/deliveries?page=1",
				"/api/v1/rider/deliveries/dlv_1/deliver", "/api/v1/admin/riders",
				"/api/v1/admin/deliveries/dlv_1/reassign");
	}

	@Test
	void routesReviewsAndTheirModerationToTheProductService() {
		assertThat(client.get("/api/v1/products/p1/reviews").status()).isEqualTo(200);
		assertThat(client.post("/api/v1/products/p1/reviews", "{\"rating\":5}", "Authorization", customer).status())
			.isEqualTo(200);
		assertThat(client.post("/api/v1/admin/reviews/rev_1/status", "{\"status\":\"HIDDEN\"}", "Authorization",
				"Bearer " + services.tokens.admin("usr_9")).status()).isEqualTo(200);

		assertThat(paths(services.product)).containsExactly("/api/v1/products/p1/reviews",
				"/api/v1/products/p1/reviews", "/api/v1/admin/reviews/rev_1/status");
	}

	@Test
	void routesOrderTrackingToTheOrderService() {
		assertThat(client.get("/api/v1/orders/ord_1/tracking", "Authorization", customer).status()).isEqualTo(200);

		assertThat(paths(services.ordering)).containsExactly("/api/v1/orders/ord_1/tracking");
	}

	@Nested
	class Refusals {

		@Test
		void refusesTheRiderAppWithoutATokenWith401() {
			assertRefused(client.get("/api/v1/rider/deliveries"), 401, "UNAUTHORIZED");
		}

		@Test
		void refusesTheRiderAppToACustomerWith403() {
			assertRefused(client.post("/api/v1/rider/deliveries/dlv_1/accept", "{}", "Authorization", customer), 403,
					"FORBIDDEN");
		}

		@Test
		void refusesTheRiderAppToAnAdminWith403() {
			assertRefused(client.get("/api/v1/rider/deliveries", "Authorization",
					"Bearer " + services.tokens.admin("usr_9")), 403, "FORBIDDEN");
		}

		@Test
		void refusesRiderManagementToARider() {
			assertRefused(client.get("/api/v1/admin/riders", "Authorization",
					"Bearer " + services.tokens.rider("usr_r1")), 403, "FORBIDDEN");
		}

		@Test
		void refusesTheInboxDevicesAndPreferencesWithoutAToken() {
			assertRefused(client.get("/api/v1/notifications"), 401, "UNAUTHORIZED");
			assertRefused(client.post("/api/v1/notifications/read-all", "{}"), 401, "UNAUTHORIZED");
			assertRefused(client.post("/api/v1/users/me/devices", "{\"token\":\"t1\",\"platform\":\"IOS\"}"), 401,
					"UNAUTHORIZED");
			assertRefused(client.get("/api/v1/users/me/notification-preferences"), 401, "UNAUTHORIZED");
		}

		@Test
		void refusesOperatorNotificationCallsToACustomer() {
			assertRefused(client.post("/api/v1/admin/notifications/ntf_1/retry", "{}", "Authorization", customer), 403,
					"FORBIDDEN");
		}

		@Test
		void refusesWritingAReviewWithoutAToken() {
			assertRefused(client.post("/api/v1/products/p1/reviews", "{\"rating\":5}"), 401, "UNAUTHORIZED");
		}

		private void assertRefused(Answer answer, int status, String code) {
			assertThat(answer.status()).isEqualTo(status);
			assertThat(answer.errorCode()).isEqualTo(code);
			for (WireMockServer server : List.of(services.user, services.product, services.ordering,
					services.notification)) {
				assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
			}
		}
	}

	private static List<String> paths(WireMockServer server) {
		return server.findAll(anyRequestedFor(urlPathMatching("/api/.*"))).stream().map(LoggedRequest::getUrl).toList();
	}
}
