package com.vurksha.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platform.security.testapp.SecuredTestApplication;
import com.vurksha.platformtest.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The resource server while the user service, and with it the JWKS, cannot be reached (a closed port). */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.security.jwks-uri=http://127.0.0.1:1/.well-known/jwks.json",
				"spring.application.name=keys-unavailable-test" })
class KeysUnavailableIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
	}

	@Test
	void answersAWellFormedTokenWithARetryable503() throws Exception {
		HttpResponse<String> response = call(wellFormedToken());

		JsonNode body = JSON.readTree(response.body());
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(body.at("/error/code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
		assertThat(body.at("/error/retryable").asBoolean()).isTrue();
	}

	@Test
	void stillAnswersAMalformedTokenWith401() throws Exception {
		HttpResponse<String> response = call("not-a-jwt");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(response.body()).at("/error/code").asString()).isEqualTo("UNAUTHORIZED");
	}

	private HttpResponse<String> call(String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
			.header("Authorization", "Bearer " + token)
			.build();
		return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
	}

	private static String wellFormedToken() throws Exception {
		ECKey key = new ECKeyGenerator(Curve.P_256).keyID("key-1").generate();
		Instant now = Instant.now();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("key-1").build(),
				new JWTClaimsSet.Builder().issuer("vurksha-user-service")
					.subject("user-42")
					.issueTime(Date.from(now))
					.expirationTime(Date.from(now.plusSeconds(900)))
					.build());
		jwt.sign(new ECDSASigner(key));
		return jwt.serialize();
	}
}
