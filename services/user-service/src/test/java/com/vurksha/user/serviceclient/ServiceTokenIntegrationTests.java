package com.vurksha.user.serviceclient;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.vurksha.user.support.UserServiceIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The client-credentials grant at {@code POST /oauth2/token}, over real HTTP. */
class ServiceTokenIntegrationTests extends UserServiceIntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JsonMapper mapper;

	@Autowired
	JwtDecoder decoder;

	@Test
	void issuesAShortLivedTokenForOneAudienceWithTheGrantedScopes() {
		ResponseEntity<String> answer = token(basic("order-service", "test-only-new-order-secret"),
				"grant_type=client_credentials&audience=delivery-service");

		JsonNode body = mapper.readTree(answer.getBody());
		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		assertThat(answer.getHeaders().getCacheControl()).contains("no-store");
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.get("expires_in").asLong()).isEqualTo(600);
		assertThat(body.get("scope").asString()).isEqualTo("slots:book deliveries:read");
		Jwt jwt = decoder.decode(body.get("access_token").asString());
		assertThat(jwt.getAudience()).containsExactly("delivery-service");
		assertThat(jwt.getSubject()).isEqualTo("order-service");
		assertThat(jwt.getClaimAsString("client_id")).isEqualTo("order-service");
		assertThat(jwt.getClaimAsString("scope")).isEqualTo("slots:book deliveries:read");
		assertThat(jwt.hasClaim("roles")).isFalse();
		assertThat(jwt.getHeaders().get("kid")).isNotNull();
	}

	@Test
	void acceptsTheSecretBeingRetiredAndCredentialsInTheForm() {
		ResponseEntity<String> answer = token(new HttpHeaders(), "grant_type=client_credentials&audience=product-service"
				+ "&client_id=order-service&client_secret=test-only-old-order-secret&scope=stock:reserve");

		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		assertThat(mapper.readTree(answer.getBody()).get("scope").asString()).isEqualTo("stock:reserve");
	}

	@Test
	void answersARequestForTheErrorPathAsNoSuchEndpointNot500() {
		ResponseEntity<String> answer = http.getForEntity("/error", String.class);

		assertThat(answer.getStatusCode().value()).isEqualTo(404);
		assertThat(mapper.readTree(answer.getBody()).at("/error/code").asString()).isEqualTo("NOT_FOUND");
	}

	@Nested
	class Refuses {

		@Test
		void aWrongSecretWith401() {
			assertRefused(token(basic("order-service", "guessed"), "grant_type=client_credentials&audience=product-service"),
					401, "INVALID_CLIENT");
		}

		@Test
		void anUnknownClientWith401() {
			ResponseEntity<String> answer = token(basic("stranger", "test-only-new-order-secret"),
					"grant_type=client_credentials&audience=product-service");

			assertRefused(answer, 401, "INVALID_CLIENT");
			assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
		}

		@Test
		void noCredentialsWith401() {
			assertRefused(token(new HttpHeaders(), "grant_type=client_credentials&audience=product-service"), 401,
					"INVALID_CLIENT");
		}

		@Test
		void aGrantOtherThanClientCredentialsWith400() {
			assertRefused(token(basic("order-service", "test-only-new-order-secret"),
					"grant_type=password&audience=product-service"), 400, "UNSUPPORTED_GRANT_TYPE");
			assertRefused(token(basic("order-service", "test-only-new-order-secret"), "audience=product-service"), 400,
					"UNSUPPORTED_GRANT_TYPE");
		}

		@Test
		void anAudienceOrScopeNotGrantedWith400() {
			assertRefused(token(basic("order-service", "test-only-new-order-secret"),
					"grant_type=client_credentials&audience=payment-service"), 400, "INVALID_SCOPE");
			assertRefused(token(basic("order-service", "test-only-new-order-secret"),
					"grant_type=client_credentials"), 400, "INVALID_SCOPE");
			assertRefused(token(basic("order-service", "test-only-new-order-secret"),
					"grant_type=client_credentials&audience=product-service&scope=stock:reserve%20variants:read"), 400,
					"INVALID_SCOPE");
		}

		@Test
		void aJsonBodyWith415() {
			HttpHeaders headers = basic("order-service", "test-only-new-order-secret");
			headers.setContentType(MediaType.APPLICATION_JSON);
			ResponseEntity<String> answer = http.exchange("/oauth2/token", HttpMethod.POST,
					new HttpEntity<>("{\"grant_type\":\"client_credentials\"}", headers), String.class);

			assertRefused(answer, 415, "UNSUPPORTED_MEDIA_TYPE");
		}

		@Test
		void aServiceTokenAsAUsersToken() {
			String service = mapper.readTree(token(basic("order-service", "test-only-new-order-secret"),
					"grant_type=client_credentials&audience=product-service").getBody()).get("access_token").asString();
			HttpHeaders headers = new HttpHeaders();
			headers.setBearerAuth(service);

			ResponseEntity<String> answer = http.exchange("/api/v1/users/me", HttpMethod.GET, new HttpEntity<>(headers),
					String.class);

			assertRefused(answer, 403, "FORBIDDEN");
		}
	}

	private void assertRefused(ResponseEntity<String> answer, int status, String code) {
		JsonNode body = mapper.readTree(answer.getBody());
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
		assertThat(body.get("success").asBoolean()).isFalse();
		assertThat(body.at("/error/code").asString()).isEqualTo(code);
		assertThat(answer.getBody()).doesNotContain("access_token");
	}

	private ResponseEntity<String> token(HttpHeaders headers, String form) {
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		return http.exchange("/oauth2/token", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
	}

	private static HttpHeaders basic(String clientId, String secret) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
			.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
		return headers;
	}
}
