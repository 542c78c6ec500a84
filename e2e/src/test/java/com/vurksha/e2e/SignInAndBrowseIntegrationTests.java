package com.vurksha.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.vurksha.local.LocalSettings;
import com.vurksha.local.LocalSystem;

/**
 * Starts the system as {@code make run} does (embedded PostgreSQL, Redis and broker; each service in its own JVM
 * from its built jar; the gateway in front) on free ports with a throw-away data folder, and uses it as the app
 * would: only through the gateway.
 */
class SignInAndBrowseIntegrationTests {

	private static Path dataDir;

	private static LocalSystem system;

	private static Gateway gateway;

	private static int userServicePort;

	@BeforeAll
	static void startTheSystem() throws Exception {
		dataDir = Files.createTempDirectory("vurksha-e2e");
		Map<String, String> settings = new HashMap<>();
		settings.put("repo-dir", System.getProperty("vurksha.e2e.repo-dir", Path.of("..").toString()));
		settings.put("build-dir", System.getProperty("vurksha.e2e.build-dir", "target"));
		settings.put("data-dir", dataDir.toString());
		for (String port : new String[] { "postgres-port", "redis-port", "amqp-port", "gateway-port", "user-port",
				"product-port" }) {
			settings.put(port, String.valueOf(freePort()));
		}
		userServicePort = Integer.parseInt(settings.get("user-port"));
		system = LocalSystem.start(LocalSettings.from(settings), System.out);
		gateway = new Gateway(system.gatewayUrl());
	}

	@AfterAll
	static void stopTheSystem() throws IOException {
		if (system != null) {
			system.close();
		}
		if (dataDir != null) {
			try (Stream<Path> files = Files.walk(dataDir)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@Test
	void customerSignsInWithOtpRefreshesTheTokenAndBrowsesTheCatalogue() {
		Gateway.Reply requested = gateway.post("/api/v1/auth/otp/request", "{\"phone\":\"+919000000001\"}", null);
		assertThat(requested.status()).isEqualTo(202);
		assertThat(requested.requestId()).isNotBlank();
		assertThat(requested.envelope().path("meta").path("requestId").asString()).isEqualTo(requested.requestId());

		Gateway.Reply verified = gateway.post("/api/v1/auth/otp/verify",
				"{\"phone\":\"+919000000001\",\"code\":\"123456\"}", null);
		assertThat(verified.status()).isEqualTo(200);
		String accessToken = verified.data().path("accessToken").asString();
		String refreshToken = verified.data().path("refreshToken").asString();
		assertThat(verified.data().path("tokenType").asString()).isEqualTo("Bearer");

		Gateway.Reply me = gateway.get("/api/v1/users/me", accessToken);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.data().path("phone").asString()).isEqualTo("+919000000001");

		Gateway.Reply refreshed = gateway.post("/api/v1/auth/token/refresh",
				"{\"refreshToken\":\"" + refreshToken + "\"}", null);
		assertThat(refreshed.status()).isEqualTo(200);
		String newAccessToken = refreshed.data().path("accessToken").asString();
		assertThat(refreshed.data().path("refreshToken").asString()).isNotBlank().isNotEqualTo(refreshToken);
		assertThat(gateway.get("/api/v1/users/me", newAccessToken).status()).isEqualTo(200);

		Gateway.Reply categories = gateway.get("/api/v1/categories", newAccessToken);
		assertThat(categories.status()).isEqualTo(200);
		assertThat(categories.data().size()).isPositive();

		Gateway.Reply products = gateway.get("/api/v1/products?limit=5", null);
		assertThat(products.status()).isEqualTo(200);
		assertThat(products.data().size()).isBetween(1, 5);
		assertThat(products.envelope().path("pagination").path("total").asLong()).isGreaterThanOrEqualTo(60);

		String productId = products.data().path(0).path("id").asString();
		Gateway.Reply product = gateway.get("/api/v1/products/" + productId, null);
		assertThat(product.status()).isEqualTo(200);
		assertThat(product.data().path("id").asString()).isEqualTo(productId);
		assertThat(product.data().path("variants").size()).isPositive();
	}

	@Test
	void customerIsRefusedTheAdminApi() {
		gateway.post("/api/v1/auth/otp/request", "{\"phone\":\"+919000000002\"}", null);
		String accessToken = gateway
			.post("/api/v1/auth/otp/verify", "{\"phone\":\"+919000000002\",\"code\":\"123456\"}", null)
			.data()
			.path("accessToken")
			.asString();

		Gateway.Reply refused = gateway.post("/api/v1/admin/products", "{}", accessToken);

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
	}

	/** The sign-up event leaves the user service's outbox through the local broker, as it would in production. */
	@Test
	void signingUpPublishesTheRegistrationEventThroughTheBroker() throws Exception {
		gateway.post("/api/v1/auth/otp/request", "{\"phone\":\"+919000000101\"}", null);
		assertThat(gateway.post("/api/v1/auth/otp/verify", "{\"phone\":\"+919000000101\",\"code\":\"123456\"}", null)
			.status()).isEqualTo(200);

		HttpClient http = HttpClient.newHttpClient();
		HttpRequest metrics = HttpRequest
			.newBuilder(URI.create("http://localhost:" + userServicePort + "/actuator/prometheus"))
			.build();
		Pattern published = Pattern
			.compile("(?m)^vurksha_outbox_published_total\\{[^}]*type=\"user.user.registered\"[^}]*} ([0-9.]+)$");
		double sent = 0;
		for (int attempt = 0; attempt < 60 && sent < 1; attempt++) {
			Matcher matcher = published.matcher(http.send(metrics, HttpResponse.BodyHandlers.ofString()).body());
			sent = matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
			if (sent < 1) {
				Thread.sleep(500);
			}
		}
		assertThat(sent).as("user.user.registered events confirmed by the broker").isGreaterThanOrEqualTo(1);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
