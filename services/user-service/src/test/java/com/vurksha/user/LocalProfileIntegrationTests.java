package com.vurksha.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.nimbusds.jose.jwk.ECKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.user.support.Api;
import com.vurksha.user.support.Phones;
import com.vurksha.user.support.SmsGateway;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The local profile that {@code make run} uses: test numbers, SMS to the log, and a generated development key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@ActiveProfiles("local")
class LocalProfileIntegrationTests {

	private static final Path DATA_DIR = temporaryDataDir();

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JsonMapper json;

	private Api api;

	@DynamicPropertySource
	static void localProperties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("vurksha.local.data-dir", DATA_DIR::toString);
	}

	private static Path temporaryDataDir() {
		try {
			return Files.createTempDirectory("user-service-local");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@BeforeEach
	void connectApi() {
		api = new Api(rest, json);
	}

	@Test
	void signsTheTestAdminInWithTheFixedCode() {
		Api.Reply reply = api.post("/api/v1/auth/otp/verify", Api.object("phone", "9000000901", "code", "123456"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("user").get("roles").get(0).asString()).isEqualTo("ADMIN");
	}

	@Test
	void signsABenchCustomerInWithTheFixedCode() {
		Api.Reply reply = api.post("/api/v1/auth/otp/verify", Api.object("phone", "+919000001099", "code", "123456"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("user").get("roles").get(0).asString()).isEqualTo("CUSTOMER");
	}

	@Test
	void writesCodesToTheLogInsteadOfSendingSms() {
		String phone = Phones.fresh();
		Api.Reply reply = api.post("/api/v1/auth/otp/request", Api.object("phone", phone));

		assertThat(reply.status()).isEqualTo(202);
		assertThat(SmsGateway.messagesSentTo(phone)).isZero();
	}

	@Test
	void signsWithTheDevelopmentKeyGeneratedInTheDataFolder() throws Exception {
		Path keyFile = DATA_DIR.resolve("keys/user-service-jwk.json");
		assertThat(keyFile).exists();
		String kid = ECKey.parse(Files.readString(keyFile)).getKeyID();

		Api.Reply jwks = api.get("/.well-known/jwks.json", null);
		assertThat(jwks.body().get("keys").get(0).get("kid").asString()).isEqualTo(kid);
		assertThat(jwks.body().get("keys").get(0).has("d")).isFalse();
	}

	@Test
	void letsTheFileServiceAndItsCallersSignInWithTheirLocalOnlySecrets() {
		assertThat(serviceToken("file-service", "local-only-file-service-secret", "delivery-service"))
			.isEqualTo("deliveries:read");
		assertThat(serviceToken("product-service", "local-only-product-service-secret", "file-service"))
			.isEqualTo("files:read");
		assertThat(serviceToken("delivery-service", "local-only-delivery-service-secret", "file-service"))
			.isEqualTo("files:read");
	}

	/** The scopes of a client-credentials token, or the error code when none is issued. */
	private String serviceToken(String client, String secret, String audience) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.setBasicAuth(client, secret);
		ResponseEntity<String> answer = rest.exchange("/oauth2/token", HttpMethod.POST,
				new HttpEntity<>("grant_type=client_credentials&audience=" + audience, headers), String.class);
		JsonNode body = json.readTree(answer.getBody());
		return answer.getStatusCode().is2xxSuccessful() ? body.get("scope").asString() : body.at("/error/code").asString();
	}
}
