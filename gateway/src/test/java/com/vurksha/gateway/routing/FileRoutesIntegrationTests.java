package com.vurksha.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;

/** Uploads and the public images under /cdn go to the file service; /cdn is read-only and open to anyone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.rate-limit.anonymous.per-second=1000", "vurksha.rate-limit.anonymous.burst=1000",
				"vurksha.rate-limit.user.per-second=1000", "vurksha.rate-limit.user.burst=1000" })
class FileRoutesIntegrationTests {

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
		services.file.resetRequests();
		services.file.stubFor(any(urlPathMatching("/(api|cdn)/.*")).willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody("{\"success\":true,\"data\":{}}")));
	}

	@Test
	void routesUploadsAndPublicImagesToTheFileService() {
		String admin = "Bearer " + services.tokens.admin("usr_9");

		assertThat(client.post("/api/v1/files/uploads", "{\"purpose\":\"PRODUCT_IMAGE\"}", "Authorization", admin)
			.status()).isEqualTo(200);
		assertThat(client.post("/api/v1/files/fil_1/complete", "{}", "Authorization", admin).status()).isEqualTo(200);
		assertThat(client.get("/cdn/products/fil_1/w640.webp").status()).isEqualTo(200);
		assertThat(client.send("HEAD", "/cdn/products/fil_1/w640.webp", null).status()).isEqualTo(200);

		assertThat(paths(services.file)).containsExactly("/api/v1/files/uploads", "/api/v1/files/fil_1/complete",
				"/cdn/products/fil_1/w640.webp", "/cdn/products/fil_1/w640.webp");
	}

	@Test
	void asksForASignInBeforeAnUploadAndWritesNothingUnderCdn() {
		assertThat(client.post("/api/v1/files/uploads", "{}").status()).isEqualTo(401);
		assertThat(client.send("PUT", "/cdn/products/fil_1/w640.webp", "{}").status()).isEqualTo(404);
		assertThat(client.send("DELETE", "/cdn/products/fil_1/w640.webp", null).status()).isEqualTo(404);

		assertThat(paths(services.file)).isEmpty();
	}

	private static List<String> paths(WireMockServer server) {
		return server.findAll(anyRequestedFor(urlPathMatching("/(api|cdn)/.*"))).stream()
			.map(LoggedRequest::getUrl)
			.toList();
	}
}
