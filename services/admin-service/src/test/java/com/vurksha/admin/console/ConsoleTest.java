package com.vurksha.admin.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.admin.support.AdminIntegrationTest;
import com.vurksha.admin.support.ServiceDatabases;
import com.vurksha.platformtest.TestTokens;

/**
 * The running admin service with every owning service played by one WireMock server on 127.0.0.1 (each answers
 * under its own paths) and their reporting views read from databases their own migrations made (where
 * {@link #rows} writes), and a console client that signs in as the user service would let it.
 */
abstract class ConsoleTest extends AdminIntegrationTest {

	static final WireMockServer OWNERS = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	static {
		OWNERS.start();
	}

	@DynamicPropertySource
	static void owners(DynamicPropertyRegistry registry) {
		for (String owner : List.of("user", "product", "order", "payment", "delivery", "notification", "file")) {
			registry.add("vurksha.admin.services." + owner, () -> "http://127.0.0.1:" + OWNERS.port());
		}
		registry.add("vurksha.admin.console.read-timeout", () -> "2s");
		registry.add("vurksha.admin.console.cdn-base-url", () -> "https://cdn.vurksha.test/p");
	}

	@LocalServerPort
	int port;

	final OwnerRows rows = new OwnerRows(ServiceDatabases.shared());

	ConsoleClient console;

	@BeforeEach
	void freshBrowser() {
		OWNERS.resetAll();
		console = new ConsoleClient(port);
	}

	/** Signs in with a phone and code the user service accepts for a user with these roles; answers the user id. */
	String signInAs(List<String> roles) {
		return signInAs(roles, Duration.ofMinutes(15));
	}

	/** As {@link #signInAs(List)}, with an access token valid for {@code lifetime}. */
	String signInAs(List<String> roles, Duration lifetime) {
		String userId = "user-" + UUID.randomUUID();
		String phone = "+9198765" + String.format("%05d", Math.abs(userId.hashCode()) % 100_000);
		OWNERS.stubFor(post(urlEqualTo("/api/v1/auth/otp/request"))
			.withRequestBody(equalToJson("{\"phone\":\"" + phone + "\"}"))
			.willReturn(aResponse().withStatus(202)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"success\":true,\"data\":{\"expiresInSeconds\":300,\"resendAfterSeconds\":30}}")));
		String token = TestTokens.token(userId, roles, TestTokens.ISSUER, lifetime);
		OWNERS.stubFor(post(urlEqualTo("/api/v1/auth/otp/verify"))
			.withRequestBody(equalToJson("{\"phone\":\"" + phone + "\",\"code\":\"123456\"}"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"success\":true,\"data\":{\"accessToken\":\"" + token + "\",\"refreshToken\":\"refresh-"
						+ userId + "\",\"tokenType\":\"Bearer\",\"expiresIn\":900,\"isNewUser\":false,\"user\":{\"id\":\""
						+ userId + "\",\"phone\":\"" + phone + "\",\"name\":\"Asha\",\"roles\":[\"" + roles.get(0)
						+ "\"]}}}")));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/auth/logout")).willReturn(aResponse().withStatus(204)));
		assertThat(console.get("/admin/sign-in").statusCode()).isEqualTo(200);
		HttpResponse<String> codeSent = console.post("/admin/sign-in/code", Map.of("phone", phone));
		assertThat(codeSent.statusCode()).isEqualTo(200);
		lastSignIn = console.post("/admin/sign-in", Map.of("phone", phone, "code", "123456"));
		return userId;
	}

	/** Signs in as an operator and loads the dashboard, so the client holds the signed-in session's CSRF token. */
	String signInAsOperator() {
		String operator = signInAs(List.of("ADMIN"));
		assertThat(lastSignIn.statusCode()).isEqualTo(302);
		assertThat(console.follow(lastSignIn).statusCode()).isEqualTo(200);
		return operator;
	}

	HttpResponse<String> lastSignIn;

	/** An owning service's JSON envelope around {@code data}. */
	static String envelope(String data) {
		return "{\"success\":true,\"data\":" + data + "}";
	}
}
