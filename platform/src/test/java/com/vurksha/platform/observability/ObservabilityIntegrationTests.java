package com.vurksha.platform.observability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platform.observability.testapp.TracedTestApplication;
import com.vurksha.platformtest.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** Trace continuation, structured logs and the Prometheus endpoint of a service started with the platform defaults. */
@SpringBootTest(classes = TracedTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=traced-test", "vurksha.security.public-paths=/api/v1/trace-probe" })
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final WireMockServer downstream = new WireMockServer(
			options().dynamicPort().bindAddress("127.0.0.1"));

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		downstream.start();
		downstream.stubFor(get("/api/v1/echo").willReturn(okJson("\"pong\"")));
		registry.add("test.downstream-url", downstream::baseUrl);
	}

	@AfterAll
	static void stopDownstream() {
		downstream.stop();
	}

	@Test
	void continuesTheCallersTraceAndPassesItDownstream() throws Exception {
		HttpResponse<String> response = probe();

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Trace-Id")).contains(TRACE_ID);
		List<LoggedRequest> calls = downstream.findAll(getRequestedFor(urlEqualTo("/api/v1/echo")));
		LoggedRequest outgoing = calls.get(calls.size() - 1);
		assertThat(outgoing.getHeader("traceparent")).startsWith("00-" + TRACE_ID + "-")
			.doesNotContain("00f067aa0ba902b7");
		assertThat(outgoing.getHeader("X-Request-Id")).isEqualTo("req_trace_probe_1");
	}

	@Test
	void writesJsonLogsCarryingTheRequestAndTraceIds(CapturedOutput output) throws Exception {
		probe();

		JsonNode line = output.getOut()
			.lines()
			.filter(text -> text.startsWith("{") && text.contains("probing trace"))
			.map(JSON::readTree)
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(line.get("requestId").asString()).isEqualTo("req_trace_probe_1");
		assertThat(line.get("traceId").asString()).isEqualTo(TRACE_ID);
		assertThat(line.get("spanId").asString()).hasSize(16).isNotEqualTo("00f067aa0ba902b7");
		assertThat(line.get("level").asString()).isEqualTo("INFO");
	}

	@Test
	void servesPrometheusMetricsTaggedWithTheApplication() throws Exception {
		probe();

		HttpResponse<String> metrics = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
				BodyHandlers.ofString());

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("http_server_requests_seconds_count{application=\"traced-test\"")
			.contains("uri=\"/api/v1/trace-probe\"")
			.contains("http_client_requests_seconds_count{application=\"traced-test\"");
	}

	@Test
	void recordsRequestsWithFewLatencyBucketsAndNoSecurityFilterTimings() throws Exception {
		probe();

		String metrics = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
				BodyHandlers.ofString())
			.body();

		List<String> probeBuckets = metrics.lines()
			.filter(line -> line.startsWith("http_server_requests_seconds_bucket{")
					&& line.contains("uri=\"/api/v1/trace-probe\""))
			.toList();
		assertThat(probeBuckets).hasSize(11).anyMatch(line -> line.contains("le=\"0.8\""))
			.anyMatch(line -> line.contains("le=\"0.15\""));
		assertThat(metrics).contains("http_server_requests_seconds_sum{").doesNotContain("spring_security_filterchains");
	}

	@Test
	void servesLivenessAndReadinessProbes() throws Exception {
		for (String probe : new String[] { "liveness", "readiness" }) {
			HttpResponse<String> response = http.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/" + probe))
				.build(), BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("UP");
		}
	}

	private HttpResponse<String> probe() throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/trace-probe"))
			.header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
			.header("X-Request-Id", "req_trace_probe_1")
			.build(), BodyHandlers.ofString());
	}
}
