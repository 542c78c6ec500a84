package com.vurksha.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platform.security.testapp.SecuredTestApplication;
import com.vurksha.platformtest.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The auto-configured resource server, verifying EC-signed tokens with keys served by WireMock as a JWKS. */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.security.public-paths=/api/v1/catalogue, POST /api/v1/signin",
				"spring.application.name=secured-test",
				"vurksha.security.internal-scopes=GET /internal/v1/things things:read, POST /internal/v1/things/*/release things:write" })
class ResourceServerIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final WireMockServer keys = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private static final ECKey signingKey = generateKey("key-1");

	private static final ECKey strangerKey = generateKey("key-1");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		keys.start();
		keys.stubFor(get("/.well-known/jwks.json").willReturn(okJson(new JWKSet(signingKey.toPublicJWK()).toString())));
		registry.add("vurksha.security.jwks-uri", () -> keys.baseUrl() + "/.well-known/jwks.json");
	}

	@AfterAll
	static void stopKeys() {
		keys.stop();
	}

	@Test
	void resolvesTheCurrentUserFromAValidToken() throws Exception {
		HttpResponse<String> response = call("GET", "/api/v1/me", token(signingKey, "user-42", List.of("CUSTOMER")));

		JsonNode body = JSON.readTree(response.body());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body.at("/data/id").asString()).isEqualTo("user-42");
		assertThat(body.at("/data/roles/0").asString()).isEqualTo("CUSTOMER");
	}

	@Test
	void letsAdminsIntoAdminPaths() throws Exception {
		HttpResponse<String> response = call("GET", "/api/v1/admin/reports",
				token(signingKey, "admin-1", List.of("ADMIN")));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).at("/data/for").asString()).isEqualTo("admin-1");
	}

	@Test
	void servesPublicPathsWithoutAToken() throws Exception {
		assertThat(call("GET", "/api/v1/catalogue", null).statusCode()).isEqualTo(200);
		assertThat(call("POST", "/api/v1/signin", null).statusCode()).isEqualTo(200);
		assertThat(call("GET", "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
	}

	@Test
	void keepsAPathPublicOnlyForTheListedMethod() throws Exception {
		assertUnauthorized(call("GET", "/api/v1/signin", null));
	}

	@Nested
	class RefusesWith401 {

		@Test
		void aRequestWithoutAToken() throws Exception {
			HttpResponse<String> response = call("GET", "/api/v1/me", null);

			assertUnauthorized(response);
			assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
		}

		@Test
		void anExpiredToken() throws Exception {
			Instant past = Instant.now().minusSeconds(3600);
			assertUnauthorized(call("GET", "/api/v1/me", sign(signingKey, claims("user-42", List.of("CUSTOMER"))
				.issueTime(Date.from(past))
				.expirationTime(Date.from(past.plusSeconds(900)))
				.build())));
		}

		@Test
		void aTokenFromAnotherIssuer() throws Exception {
			assertUnauthorized(call("GET", "/api/v1/me",
					sign(signingKey, claims("user-42", List.of("CUSTOMER")).issuer("someone-else").build())));
		}

		@Test
		void aTokenSignedWithAnotherKey() throws Exception {
			assertUnauthorized(call("GET", "/api/v1/me", token(strangerKey, "user-42", List.of("ADMIN"))));
		}

		@Test
		void aTokenWithoutExpiry() throws Exception {
			assertUnauthorized(call("GET", "/api/v1/me",
					sign(signingKey, claims("user-42", List.of("CUSTOMER")).expirationTime(null).build())));
		}

		@Test
		void aTokenSignedWithASharedSecret() throws Exception {
			SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(),
					claims("user-42", List.of("ADMIN")).build());
			hmac.sign(new MACSigner("a-shared-secret-of-at-least-256-bits-length!"));

			assertUnauthorized(call("GET", "/api/v1/me", hmac.serialize()));
		}

		@Test
		void anUnsignedToken() throws Exception {
			String unsigned = new PlainJWT(claims("user-42", List.of("ADMIN")).build()).serialize();

			assertUnauthorized(call("GET", "/api/v1/me", unsigned));
		}

		@Test
		void garbage() throws Exception {
			assertUnauthorized(call("GET", "/api/v1/me", "not-a-jwt"));
		}
	}

	@Nested
	class RefusesWith403 {

		@Test
		void aCustomerOnAnAdminPath() throws Exception {
			HttpResponse<String> response = call("GET", "/api/v1/admin/reports",
					token(signingKey, "user-42", List.of("CUSTOMER", "RIDER")));

			JsonNode body = JSON.readTree(response.body());
			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(body.get("success").asBoolean()).isFalse();
			assertThat(body.at("/error/code").asString()).isEqualTo("FORBIDDEN");
			assertThat(body.at("/error/retryable").asBoolean()).isFalse();
		}

		@Test
		void aCustomerOnAnotherApiVersionsAdminPath() throws Exception {
			HttpResponse<String> response = call("GET", "/api/v2/admin/reports",
					token(signingKey, "user-42", List.of("CUSTOMER")));

			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(JSON.readTree(response.body()).at("/error/code").asString()).isEqualTo("FORBIDDEN");
		}
	}

	@Nested
	class InternalEndpoints {

		@Test
		void answerAServiceTokenForThisAudienceWithTheRuleScope() throws Exception {
			assertThat(call("POST", "/internal/v1/things/t1/release",
					serviceToken(signingKey, "secured-test", "things:write")).statusCode()).isEqualTo(200);
		}

		@Test
		void takeTheCustomerFromTheirForwardedTokenAsContextOnly() throws Exception {
			HttpResponse<String> response = call("GET", "/internal/v1/things",
					serviceToken(signingKey, "secured-test", "things:read"),
					token(signingKey, "user-42", List.of("CUSTOMER")));

			JsonNode body = JSON.readTree(response.body());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(body.at("/data/id").asString()).isEqualTo("user-42");
			assertThat(body.at("/data/roles/0").asString()).isEqualTo("CUSTOMER");
		}

		@Test
		void refuseACustomerToken() throws Exception {
			assertForbidden(call("GET", "/internal/v1/things", token(signingKey, "user-42", List.of("CUSTOMER"))));
			assertForbidden(call("POST", "/internal/v1/things/t1/release",
					token(signingKey, "user-42", List.of("CUSTOMER"))));
		}

		@Test
		void refuseAnAdminToken() throws Exception {
			assertForbidden(call("POST", "/internal/v1/things/t1/release",
					token(signingKey, "admin-1", List.of("ADMIN"))));
		}

		@Test
		void refuseACustomerTokenForwardedAsContextWithoutAServiceToken() throws Exception {
			String customer = token(signingKey, "user-42", List.of("CUSTOMER"));

			assertForbidden(call("GET", "/internal/v1/things", customer, customer));
		}

		@Test
		void refuseAServiceTokenForAnotherAudience() throws Exception {
			assertForbidden(call("GET", "/internal/v1/things", serviceToken(signingKey, "other-service", "things:read")));
		}

		@Test
		void refuseAServiceTokenWithoutTheRuleScope() throws Exception {
			assertForbidden(call("POST", "/internal/v1/things/t1/release",
					serviceToken(signingKey, "secured-test", "things:read")));
		}

		@Test
		void closeAnInternalPathNoRuleNames() throws Exception {
			assertForbidden(call("GET", "/internal/v1/unlisted",
					serviceToken(signingKey, "secured-test", "things:read things:write")));
		}

		@Test
		void refuseAServiceTokenSignedWithAnotherKey() throws Exception {
			assertUnauthorized(call("GET", "/internal/v1/things", serviceToken(strangerKey, "secured-test", "things:read")));
		}

		@Test
		void refuseAnInvalidCustomerContext() throws Exception {
			String service = serviceToken(signingKey, "secured-test", "things:read");

			assertUnauthorized(call("GET", "/internal/v1/things", service, "not-a-jwt"));
			assertUnauthorized(call("GET", "/internal/v1/things", service, token(strangerKey, "user-42", List.of("ADMIN"))));
			assertUnauthorized(call("GET", "/internal/v1/things", service, service));
			assertUnauthorized(call("GET", "/internal/v1/things", service));
		}

		@Test
		void neverLetAServiceTokenActAsAUser() throws Exception {
			assertForbidden(call("GET", "/api/v1/me", serviceToken(signingKey, "secured-test", "things:read")));
			assertForbidden(call("GET", "/api/v1/admin/reports", serviceToken(signingKey, "secured-test", "things:read")));
		}
	}

	private void assertForbidden(HttpResponse<String> response) throws Exception {
		JsonNode body = JSON.readTree(response.body());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(body.get("success").asBoolean()).isFalse();
		assertThat(body.at("/error/code").asString()).isEqualTo("FORBIDDEN");
	}

	private static String serviceToken(ECKey key, String audience, String scope) {
		Instant now = Instant.now();
		return sign(key, new JWTClaimsSet.Builder().issuer("vurksha-user-service")
			.subject("order-service")
			.claim("client_id", "order-service")
			.audience(audience)
			.claim("scope", scope)
			.claim("roles", List.of("ADMIN"))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(600)))
			.build());
	}

	private void assertUnauthorized(HttpResponse<String> response) throws Exception {
		JsonNode body = JSON.readTree(response.body());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(body.get("success").asBoolean()).isFalse();
		assertThat(body.at("/error/code").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(body.at("/meta/requestId").asString()).startsWith("req_");
		assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
	}

	private HttpResponse<String> call(String method, String path, String token) throws Exception {
		return call(method, path, token, null);
	}

	private HttpResponse<String> call(String method, String path, String token, String customerToken)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method(method, BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (customerToken != null) {
			request.header("X-Customer-Token", customerToken);
		}
		return http.send(request.build(), BodyHandlers.ofString());
	}

	private static String token(ECKey key, String subject, List<String> roles) {
		return sign(key, claims(subject, roles).build());
	}

	private static JWTClaimsSet.Builder claims(String subject, List<String> roles) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer("vurksha-user-service")
			.subject(subject)
			.claim("roles", roles)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(900)));
	}

	private static String sign(ECKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
			jwt.sign(new ECDSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ECKey generateKey(String keyId) {
		try {
			return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
