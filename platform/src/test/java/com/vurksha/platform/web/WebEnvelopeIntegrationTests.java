package com.vurksha.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platform.web.testapp.EnvelopeTestApplication;
import com.vurksha.platformtest.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = EnvelopeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "vurksha.security.public-paths=/test/**")
class WebEnvelopeIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
	}

	@Test
	void wrapsSuccessInTheEnvelopeAndEchoesTheRequestId() throws Exception {
		HttpResponse<String> response = send(post("/test/baskets", "{\"owner\":\"asha\",\"quantity\":2,\"size\":\"SMALL\"}")
			.header("X-Request-Id", "req_from_app_42")
			.build());

		JsonNode body = JSON.readTree(response.body());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Request-Id")).contains("req_from_app_42");
		assertThat(body.get("success").asBoolean()).isTrue();
		assertThat(body.at("/data/owner").asString()).isEqualTo("asha");
		assertThat(body.at("/meta/requestId").asString()).isEqualTo("req_from_app_42");
		assertThat(body.at("/meta/version").asString()).isEqualTo("1.0.0");
		assertThat(body.at("/meta/timestamp").asString()).endsWith("Z");
		assertThat(body.has("pagination")).isFalse();
	}

	@Test
	void answersADeprecatedEndpointWithDeprecationAndSunsetHeaders() throws Exception {
		HttpResponse<String> deprecated = send(get("/test/old-items").build());
		HttpResponse<String> current = send(get("/test/items").build());

		assertThat(deprecated.statusCode()).isEqualTo(200);
		assertThat(deprecated.headers().firstValue("Deprecation")).contains("@1796342400");
		assertThat(deprecated.headers().firstValue("Sunset")).contains("Wed, 30 Jun 2027 00:00:00 GMT");
		assertThat(deprecated.headers().firstValue("Link")).contains("</docs/api-changelog.md>; rel=\"deprecation\"");
		assertThat(current.headers().firstValue("Deprecation")).isEmpty();
		assertThat(current.headers().firstValue("Sunset")).isEmpty();
	}

	@Test
	void generatesARequestIdWhenTheCallersIsMissingOrUnsafe() throws Exception {
		HttpResponse<String> response = send(get("/test/items").header("X-Request-Id", "bad id; forged=log line").build());

		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(requestId).startsWith("req_").doesNotContain(" ");
		assertThat(JSON.readTree(response.body()).at("/meta/requestId").asString()).isEqualTo(requestId);
	}

	@Test
	void paginatesLists() throws Exception {
		JsonNode body = JSON.readTree(send(get("/test/items?page=2&limit=20").build()).body());

		assertThat(body.at("/pagination/page").asInt()).isEqualTo(2);
		assertThat(body.at("/pagination/limit").asInt()).isEqualTo(20);
		assertThat(body.at("/pagination/total").asLong()).isEqualTo(45);
		assertThat(body.at("/pagination/hasMore").asBoolean()).isTrue();
	}

	@Test
	void carriesRetryAfterForRetryableErrors() throws Exception {
		HttpResponse<String> response = send(get("/test/busy").build());

		JsonNode body = JSON.readTree(response.body());
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).contains("7");
		assertThat(body.at("/error/code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
		assertThat(body.at("/error/retryable").asBoolean()).isTrue();
		assertThat(body.at("/error/retryAfter").asLong()).isEqualTo(7);
	}

	@Test
	void hidesInternalDetailsOfUnexpectedFailures() throws Exception {
		HttpResponse<String> response = send(get("/test/boom").build());

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("secret internal detail");
		assertError(response, 500, "INTERNAL_ERROR");
	}

	@Test
	void keepsTheRequestIdWhenTheContainerAnswersAnError() throws Exception {
		HttpResponse<String> response = send(get("/test/refused-by-filter").build());

		JsonNode body = assertError(response, 403, "FORBIDDEN");
		assertThat(response.headers().allValues("X-Request-Id")).hasSize(1)
			.containsExactly(body.at("/meta/requestId").asString());
	}

	@Test
	void answersARequestForTheErrorPathItselfAsNoSuchEndpoint() throws Exception {
		assertError(send(get("/error").build()), 404, "NOT_FOUND");
		assertError(send(get("/error").POST(HttpRequest.BodyPublishers.ofString("{}")).build()), 404, "NOT_FOUND");
	}

	@Nested
	class FrameworkAndInfrastructureFailures {

		@Test
		void responseStatusExceptionsKeepTheirStatus() throws Exception {
			HttpResponse<String> response = send(get("/test/gone").build());
			assertError(response, 404, "NOT_FOUND");
			assertThat(response.body()).doesNotContain("internal reason");
		}

		@Test
		void databaseThatCannotGiveAConnectionIsRetryable() throws Exception {
			HttpResponse<String> response = send(get("/test/database-down").build());
			JsonNode body = assertError(response, 503, "SERVICE_UNAVAILABLE");
			assertThat(body.at("/error/retryable").asBoolean()).isTrue();
			assertThat(response.headers().firstValue("Retry-After")).isPresent();
		}

		@Test
		void aPoolWithNoFreeConnectionIsRetryableEvenUntranslated() throws Exception {
			HttpResponse<String> response = send(get("/test/pool-exhausted").build());
			JsonNode body = assertError(response, 503, "SERVICE_UNAVAILABLE");
			assertThat(body.at("/error/retryable").asBoolean()).isTrue();
			assertThat(response.headers().firstValue("Retry-After")).isPresent();
		}

		@Test
		void droppedDatabaseConnectionIsRetryable() throws Exception {
			assertError(send(get("/test/connection-dropped").build()), 503, "SERVICE_UNAVAILABLE");
		}

		@Test
		void accessDeniedForAnAnonymousCallerAsksToSignIn() throws Exception {
			assertError(send(get("/test/members-only").build()), 401, "UNAUTHORIZED");
		}
	}

	@Nested
	class BadInput {

		@Test
		void malformedJson() throws Exception {
			assertError(send(post("/test/baskets", "{\"owner\": \"asha\",").build()), 400, "MALFORMED_REQUEST");
		}

		@Test
		void missingBody() throws Exception {
			assertError(send(post("/test/baskets", "").build()), 400, "MALFORMED_REQUEST");
		}

		@Test
		void wrongType() throws Exception {
			JsonNode body = assertError(send(post("/test/baskets", "{\"owner\":\"asha\",\"quantity\":\"two\"}").build()),
					400, "VALIDATION_FAILED");
			assertThat(body.at("/error/details/0/field").asString()).isEqualTo("quantity");
		}

		@Test
		void unknownField() throws Exception {
			JsonNode body = assertError(
					send(post("/test/baskets", "{\"owner\":\"asha\",\"quantity\":1,\"price\":1}").build()), 400,
					"VALIDATION_FAILED");
			assertThat(body.at("/error/details/0/field").asString()).isEqualTo("price");
		}

		@Test
		void badEnum() throws Exception {
			JsonNode body = assertError(
					send(post("/test/baskets", "{\"owner\":\"asha\",\"quantity\":1,\"size\":\"HUGE\"}").build()), 400,
					"VALIDATION_FAILED");
			assertThat(body.at("/error/details/0/field").asString()).isEqualTo("size");
			assertThat(body.at("/error/details/0/message").asString()).contains("SMALL", "LARGE");
		}

		@Test
		void beanValidationGivesPerFieldDetails() throws Exception {
			JsonNode body = assertError(send(post("/test/baskets", "{\"owner\":\" \",\"quantity\":99}").build()), 400,
					"VALIDATION_FAILED");
			assertThat(body.at("/error/details").findValuesAsString("field")).containsExactlyInAnyOrder("owner",
					"quantity");
		}

		@Test
		void invalidQueryParameter() throws Exception {
			assertError(send(get("/test/search?q=").build()), 400, "VALIDATION_FAILED");
			assertError(send(get("/test/search").build()), 400, "VALIDATION_FAILED");
		}

		@Test
		void pageOutOfRange() throws Exception {
			assertError(send(get("/test/items?page=0").build()), 400, "VALIDATION_FAILED");
			assertError(send(get("/test/items?limit=101").build()), 400, "VALIDATION_FAILED");
			assertError(send(get("/test/items?limit=0").build()), 400, "VALIDATION_FAILED");
			assertError(send(get("/test/items?page=abc").build()), 400, "VALIDATION_FAILED");
		}

		@Test
		void unknownRoute() throws Exception {
			assertError(send(get("/test/nowhere").build()), 404, "NOT_FOUND");
		}

		/** Tomcat refuses these paths before any application sees them; the answer is still the envelope. */
		@Test
		void pathThatDoesNotDecode() throws Exception {
			for (String path : new String[] { "/test/items/%00", "/test/%00/items", "/test/%2e%2e/%2e%2e/%2e%2e/x" }) {
				HttpResponse<String> response = send(get(path).build());
				assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
						type -> assertThat(type).startsWith("application/json"));
				JsonNode body = assertError(response, 400, "MALFORMED_REQUEST");
				assertThat(response.headers().firstValue("X-Request-Id")).contains(body.at("/meta/requestId").asString());
			}
		}

		@Test
		void wrongMethod() throws Exception {
			HttpResponse<String> response = send(
					HttpRequest.newBuilder(uri("/test/items")).DELETE().build());
			assertError(response, 405, "METHOD_NOT_ALLOWED");
			assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
		}

		@Test
		void wrongContentType() throws Exception {
			assertError(send(HttpRequest.newBuilder(uri("/test/baskets"))
				.header("Content-Type", "text/plain")
				.POST(BodyPublishers.ofString("owner=asha"))
				.build()), 415, "UNSUPPORTED_MEDIA_TYPE");
		}

		@Test
		void bodyOverOneMegabyte() throws Exception {
			String big = "{\"owner\":\"" + "a".repeat(1_100_000) + "\",\"quantity\":1}";
			assertError(send(post("/test/baskets", big).build()), 413, "PAYLOAD_TOO_LARGE");
		}

		@Test
		void chunkedBodyOverOneMegabyte() throws Exception {
			byte[] big = ("{\"owner\":\"" + "a".repeat(1_100_000) + "\",\"quantity\":1}").getBytes();
			HttpRequest request = HttpRequest.newBuilder(uri("/test/baskets"))
				.header("Content-Type", "application/json")
				.POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
				.build();
			assertError(send(request), 413, "PAYLOAD_TOO_LARGE");
		}
	}

	private JsonNode assertError(HttpResponse<String> response, int status, String code) {
		JsonNode body = JSON.readTree(response.body());
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(body.get("success").asBoolean()).isFalse();
		assertThat(body.at("/error/code").asString()).isEqualTo(code);
		assertThat(body.at("/error/message").asString()).isNotBlank();
		assertThat(body.at("/meta/requestId").asString()).startsWith("req_");
		return body;
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, BodyHandlers.ofString());
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private HttpRequest.Builder post(String path, String json) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(json.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}
}
