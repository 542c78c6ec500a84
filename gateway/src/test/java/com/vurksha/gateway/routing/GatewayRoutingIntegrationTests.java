package com.vurksha.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.vurksha.gateway.support.Answer;
import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.routes.product.read-timeout=300ms", "vurksha.rate-limit.anonymous.per-second=1000",
				"vurksha.rate-limit.anonymous.burst=1000" })
class GatewayRoutingIntegrationTests {

	static final StandInServices services = new StandInServices();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

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
		services.product.resetRequests();
		services.user.resetRequests();
		services.product.stubFor(get(urlPathEqualTo("/api/v1/products"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody("{\"success\":true,\"data\":[{\"id\":\"p1\"}]}")));
		services.user.stubFor(post(urlEqualTo("/api/v1/auth/otp/request")).willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"success\":true,\"data\":{\"expiresInSeconds\":300}}")));
	}

	@Test
	void routesCatalogueCallsToTheProductServiceWithTheirQuery() {
		Answer answer = client.get("/api/v1/products?category=vegetables&page=2");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("data").path(0).path("id").asString()).isEqualTo("p1");
		LoggedRequest forwarded = services.product.findAll(getRequestedFor(urlPathEqualTo("/api/v1/products"))).get(0);
		assertThat(forwarded.queryParameter("category").firstValue()).isEqualTo("vegetables");
		assertThat(forwarded.queryParameter("page").firstValue()).isEqualTo("2");
	}

	@Test
	void routesAuthCallsToTheUserServiceWithTheBody() {
		Answer answer = client.post("/api/v1/auth/otp/request", "{\"phone\":\"+919000000001\"}");

		assertThat(answer.status()).isEqualTo(202);
		assertThat(answer.json().path("data").path("expiresInSeconds").asInt()).isEqualTo(300);
		LoggedRequest forwarded = services.user.findAll(postRequestedFor(urlEqualTo("/api/v1/auth/otp/request")))
			.get(0);
		assertThat(forwarded.getBodyAsString()).isEqualTo("{\"phone\":\"+919000000001\"}");
	}

	/** Tomcat refuses such a path before the gateway sees it; the app still gets the envelope, and nothing is routed. */
	@Test
	void answersAPathWithAnEncodedNulWithTheErrorEnvelope() {
		Answer answer = client.get("/api/v1/products/%00");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/json");
		assertThat(answer.errorCode()).isEqualTo("MALFORMED_REQUEST");
		assertThat(answer.json().path("success").asBoolean(true)).isFalse();
		assertThat(answer.json().path("meta").path("requestId").asString()).isEqualTo(answer.header("X-Request-Id"));
		assertThat(services.product.findAll(getRequestedFor(urlPathMatching("/api/v1/products/.*")))).isEmpty();
	}

	@Test
	void answersARequestForTheErrorPathAsNoSuchEndpoint() {
		for (String method : new String[] { "GET", "POST", "DELETE" }) {
			Answer answer = client.send(method, "/error", null);
			assertThat(answer.status()).as(method).isEqualTo(404);
			assertThat(answer.errorCode()).as(method).isEqualTo("NOT_FOUND");
		}
	}

	@Test
	void forwardsTheCallersRequestIdAndEchoesItOnce() {
		Answer answer = client.get("/api/v1/products", "X-Request-Id", "app-req-42");

		assertThat(answer.headers().allValues("X-Request-Id")).containsExactly("app-req-42");
		assertThat(lastProductRequest().getHeader("X-Request-Id")).isEqualTo("app-req-42");
	}

	@Test
	void forwardsTheRequestIdItGeneratesWhenTheAppSentNone() {
		Answer answer = client.get("/api/v1/products");

		String generated = answer.header("X-Request-Id");
		assertThat(generated).startsWith("req_");
		assertThat(lastProductRequest().getHeader("X-Request-Id")).isEqualTo(generated);
	}

	@Test
	void tellsTheServiceTheClientAddressAndIgnoresOneTheClientMadeUp() {
		client.get("/api/v1/products", "X-Forwarded-For", "203.0.113.9");

		assertThat(lastProductRequest().getHeader("X-Forwarded-For")).isEqualTo("127.0.0.1");
	}

	@Test
	void servesTheServicesOpenApiDocumentsForTheSwaggerUi() {
		services.user.stubFor(get(urlEqualTo("/v3/api-docs")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"user\"}}")));

		Answer answer = client.get("/v3/api-docs/user");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("info").path("title").asString()).isEqualTo("user");
	}

	@Test
	void servesTheMergedPublicDocumentItself() {
		Answer answer = client.get("/v3/api-docs/public");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("info").path("title").asString()).isEqualTo("Vurksha API");
		assertThat(answer.json().path("paths").propertyNames()).contains("/api/v1/products", "/api/v1/orders")
			.noneMatch(path -> path.startsWith("/internal/") || path.startsWith("/api/v1/dev/"));
		assertThat(services.user.getAllServeEvents()).isEmpty();
	}

	@Test
	void listsEveryServiceInTheSwaggerUiConfiguration() {
		Answer answer = client.get("/v3/gateway-api-docs/swagger-config");

		assertThat(answer.json().path("urls").findValuesAsString("url")).containsExactlyInAnyOrder("/v3/api-docs/public",
				"/v3/api-docs/user",
				"/v3/api-docs/product", "/v3/api-docs/cart", "/v3/api-docs/order", "/v3/api-docs/payment",
				"/v3/api-docs/delivery", "/v3/api-docs/notification", "/v3/api-docs/search", "/v3/api-docs/file",
				"/v3/api-docs/admin");
	}

	@Test
	void servesOnlyItsHealthProbesOnThePublicPort() throws IOException {
		assertThat(client.get("/readyz").status()).isEqualTo(200);
		assertThat(client.get("/livez").status()).isEqualTo(200);
		for (String path : new String[] { "/actuator", "/actuator/prometheus", "/actuator/metrics",
				"/actuator/health", "/actuator/info", "/actuator/env" }) {
			String answer = rawGet(port, path, "evil.example");
			assertThat(answer).as(path).startsWith("HTTP/1.1 404").doesNotContain("evil.example").doesNotContain("jvm_");
		}
	}

	@Test
	void servesProbesAndMetricsOnItsManagementPort() throws IOException {
		GatewayClient management = new GatewayClient(managementPort);
		assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(management.get("/actuator/health/liveness").status()).isEqualTo(200);
		Answer metrics = management.get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
		// no index page that would echo the caller's Host header in its links
		assertThat(rawGet(managementPort, "/actuator", "evil.example")).startsWith("HTTP/1.1 404")
			.doesNotContain("evil.example");
	}

	/** A GET with a Host header of the caller's choosing, which java.net.http does not let a test set. */
	private static String rawGet(int port, String path, String host) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private LoggedRequest lastProductRequest() {
		var requests = services.product.findAll(getRequestedFor(urlPathEqualTo("/api/v1/products")));
		return requests.get(requests.size() - 1);
	}

	@Nested
	class Failures {

		@Test
		void answersAnUnknownPathWithANotFoundEnvelope() {
			Answer answer = client.get("/api/v1/no-such-thing");

			assertThat(answer.status()).isEqualTo(404);
			assertThat(answer.json().path("success").asBoolean()).isFalse();
			assertThat(answer.errorCode()).isEqualTo("NOT_FOUND");
		}

		@Test
		void refusesABodyOverOneMegabyteWithoutCallingTheService() {
			String big = "{\"note\":\"" + "x".repeat(1_100_000) + "\"}";

			Answer answer = client.post("/api/v1/auth/otp/request", big);

			assertThat(answer.status()).isEqualTo(413);
			assertThat(answer.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
			assertThat(services.user.findAll(postRequestedFor(urlEqualTo("/api/v1/auth/otp/request")))).isEmpty();
		}

		@Test
		void refusesAChunkedBodyThatGrowsPastOneMegabyte() {
			services.user.stubFor(post(urlEqualTo("/api/v1/auth/otp/verify")).willReturn(aResponse().withStatus(200)));

			Answer answer = client.postChunked("/api/v1/auth/otp/verify", new byte[1_500_000]);

			assertThat(answer.status()).isEqualTo(413);
			assertThat(answer.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
		}

		@Test
		void answersASlowServiceWithARetryableTimeout() {
			services.product.stubFor(get(urlPathEqualTo("/api/v1/farms"))
				.willReturn(aResponse().withFixedDelay(3_000).withBody("{}")));

			Answer answer = client.get("/api/v1/farms");

			assertThat(answer.status()).isEqualTo(504);
			assertThat(answer.errorCode()).isEqualTo("DEPENDENCY_TIMEOUT");
			assertThat(answer.json().path("error").path("retryable").asBoolean()).isTrue();
		}

		@Test
		void passesTheServicesOwnErrorEnvelopeThrough() {
			services.product.stubFor(get(urlPathEqualTo("/api/v1/products/p404")).willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"success\":false,\"error\":{\"code\":\"PRODUCT_NOT_FOUND\"}}")));

			Answer answer = client.get("/api/v1/products/p404");

			assertThat(answer.status()).isEqualTo(404);
			assertThat(answer.errorCode()).isEqualTo("PRODUCT_NOT_FOUND");
		}
	}

	@Nested
	class Cors {

		@Test
		void allowsThePreflightOfTheAppRunningOnLocalhost() {
			Answer answer = client.options("/api/v1/products", "Origin", "http://localhost:5173",
					"Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization");

			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
			assertThat(answer.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
		}

		@Test
		void refusesThePreflightOfAnUnknownOrigin() {
			Answer answer = client.options("/api/v1/products", "Origin", "https://evil.example",
					"Access-Control-Request-Method", "GET");

			assertThat(answer.status()).isEqualTo(403);
			assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
		}
	}
}
