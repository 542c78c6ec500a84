package com.vurksha.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.vurksha.gateway.support.Answer;
import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;

/** The cart, order, payment and delivery routes: who may call them, and what never leaves the cluster. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.rate-limit.anonymous.per-second=1000", "vurksha.rate-limit.anonymous.burst=1000",
				"vurksha.rate-limit.user.per-second=1000", "vurksha.rate-limit.user.burst=1000" })
class OrderingRoutesIntegrationTests {

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
		services.ordering.resetAll();
		services.ordering.stubFor(any(urlPathMatching("/.*"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"success\":true}")));
	}

	@Test
	void routesACustomersCartOrdersAndPaymentsWithTheirToken() {
		String token = "Bearer " + services.tokens.customer("usr_1");

		assertThat(client.get("/api/v1/cart", "Authorization", token).status()).isEqualTo(200);
		assertThat(client.get("/api/v1/orders?page=1", "Authorization", token).status()).isEqualTo(200);
		assertThat(client.post("/api/v1/payments", "{\"orderId\":\"o1\"}", "Authorization", token).status())
			.isEqualTo(200);

		assertThat(services.ordering.findAll(anyRequestedFor(urlPathMatching("/api/v1/.*"))))
			.extracting(request -> request.getHeader("Authorization"))
			.containsOnly(token);
	}

	@Test
	void refusesCartOrdersAndPaymentsWithoutATokenAtTheEdge() {
		for (String path : new String[] { "/api/v1/cart", "/api/v1/orders", "/api/v1/payments/p1" }) {
			Answer answer = client.get(path);
			assertThat(answer.status()).as(path).isEqualTo(401);
			assertThat(answer.errorCode()).isEqualTo("UNAUTHORIZED");
		}
		assertThat(services.ordering.getAllServeEvents()).isEmpty();
	}

	@Test
	void letsAnyoneAskWhereWeDeliver() {
		assertThat(client.get("/api/v1/delivery/slots?pincode=560001&date=2026-11-26").status()).isEqualTo(200);
	}

	@Test
	void passesProviderWebhooksWithoutATokenAndWithTheExactBody() {
		String body = "{\"event\":\"payment.captured\",\"payload\":{ \"amount\" : 25000 }}";

		Answer answer = client.post("/api/v1/payments/webhooks/razorpay", body, "X-Razorpay-Signature", "abc");

		assertThat(answer.status()).isEqualTo(200);
		LoggedRequest forwarded = services.ordering
			.findAll(postRequestedFor(urlEqualTo("/api/v1/payments/webhooks/razorpay")))
			.get(0);
		assertThat(forwarded.getBodyAsString()).isEqualTo(body);
		assertThat(forwarded.getHeader("X-Razorpay-Signature")).isEqualTo("abc");
	}

	@Test
	void neverRoutesInternalEndpoints() {
		Answer answer = client.get("/internal/v1/orders/o1", "Authorization",
				"Bearer " + services.tokens.customer("usr_1"));

		assertThat(answer.status()).isEqualTo(404);
		assertThat(services.ordering.getAllServeEvents()).isEmpty();
	}

	@Test
	void neverRoutesTheLocalPaymentSimulatorOutsideTheLocalProfile() {
		Answer answer = client.post("/api/v1/dev/payments/pay_1/succeed", "{}", "Authorization",
				"Bearer " + services.tokens.customer("usr_1"));

		assertThat(answer.status()).isEqualTo(404);
		assertThat(services.ordering.getAllServeEvents()).isEmpty();
	}

	@Test
	void keepsOperatorOrderCallsForAdmins() {
		Answer customer = client.post("/api/v1/admin/orders/o1/status", "{\"status\":\"PACKED\"}", "Authorization",
				"Bearer " + services.tokens.customer("usr_1"));
		Answer admin = client.post("/api/v1/admin/orders/o1/status", "{\"status\":\"PACKED\"}", "Authorization",
				"Bearer " + services.tokens.admin("usr_9"));

		assertThat(customer.status()).isEqualTo(403);
		assertThat(admin.status()).isEqualTo(200);
	}
}
