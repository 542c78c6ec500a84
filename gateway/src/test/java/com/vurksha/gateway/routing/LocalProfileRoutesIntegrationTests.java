package com.vurksha.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;

/** In the local profile (`make run`) the gateway also routes the payment simulator's {@code /api/v1/dev/**}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class LocalProfileRoutesIntegrationTests {

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
	void routesThePaymentSimulatorToThePaymentService() {
		assertThat(client.post("/api/v1/dev/payments/pay_1/succeed", "{}", "Authorization",
				"Bearer " + services.tokens.customer("usr_1")).status()).isEqualTo(200);

		assertThat(services.ordering.findAll(postRequestedFor(urlEqualTo("/api/v1/dev/payments/pay_1/succeed"))))
			.hasSize(1);
	}
}
