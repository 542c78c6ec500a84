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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
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
 * would: only through the gateway: sign in, browse, fill the cart, order with cash on delivery, pay online through the
 * payment simulator, and see the saga bring order, payment, stock and slot to agreement.
 */
class CustomerJourneyIntegrationTests {

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
		for (String port : new String[] { "postgres-port", "redis-port", "amqp-port", "gateway-port" }) {
			settings.put(port, String.valueOf(freePort()));
		}
		for (String service : LocalSettings.SERVICE_PORTS.keySet()) {
			settings.put(service + "-port", String.valueOf(freePort()));
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

	@Test
	void customerFillsTheCartAndOrdersWithCashOnDelivery() throws Exception {
		String token = signIn("+919000000001");
		String addressId = addAddress(token);
		String variantId = anInStockVariant();
		assertThat(gateway.put("/api/v1/cart/items/" + variantId, "{\"quantity\":2}", token).status()).isEqualTo(200);
		Gateway.Reply cart = gateway.get("/api/v1/cart", token);
		assertThat(cart.data().path("subtotal").asLong()).isPositive();

		String body = "{\"addressId\":\"" + addressId + "\",\"deliverySlotId\":\"" + anOpenSlot(token)
				+ "\",\"paymentMethod\":\"COD\"}";
		String key = UUID.randomUUID().toString();
		Gateway.Reply placed = gateway.postOnce("/api/v1/orders", body, token, key);
		assertThat(placed.status()).as(placed.envelope().toString()).isEqualTo(201);
		assertThat(placed.data().path("status").asString()).isEqualTo("CONFIRMED");
		assertThat(placed.data().path("total").asLong()).isGreaterThanOrEqualTo(cart.data().path("subtotal").asLong());

		Gateway.Reply replayed = gateway.postOnce("/api/v1/orders", body, token, key);
		assertThat(replayed.data().path("id").asString()).isEqualTo(placed.data().path("id").asString());

		// the cart service hears order.order.placed through the broker and takes the ordered packs out
		assertThat(eventually(() -> gateway.get("/api/v1/cart", token).data().path("itemCount").asInt() == 0))
			.as("cart emptied by the order-placed event")
			.isTrue();
		assertThat(gateway.get("/api/v1/orders", token).data().findValuesAsString("id"))
			.contains(placed.data().path("id").asString());
	}

	@Test
	void customerPaysOnlineAndThePaymentConfirmsTheOrder() throws Exception {
		String token = signIn("+919000000002");
		String addressId = addAddress(token);
		assertThat(gateway.put("/api/v1/cart/items/" + anInStockVariant(), "{\"quantity\":1}", token).status())
			.isEqualTo(200);
		Gateway.Reply placed = gateway.postOnce("/api/v1/orders", "{\"addressId\":\"" + addressId
				+ "\",\"deliverySlotId\":\"" + anOpenSlot(token) + "\",\"paymentMethod\":\"ONLINE\"}", token,
				UUID.randomUUID().toString());
		assertThat(placed.status()).as(placed.envelope().toString()).isEqualTo(201);
		assertThat(placed.data().path("status").asString()).isEqualTo("PENDING_PAYMENT");
		String orderId = placed.data().path("id").asString();

		Gateway.Reply payment = gateway.postOnce("/api/v1/payments", "{\"orderId\":\"" + orderId + "\"}", token,
				UUID.randomUUID().toString());
		assertThat(payment.status()).as(payment.envelope().toString()).isIn(200, 201);
		assertThat(payment.data().path("amount").asLong()).isEqualTo(placed.data().path("total").asLong());
		Gateway.Reply paid = gateway.post("/api/v1/dev/payments/" + payment.data().path("paymentId").asString()
				+ "/succeed", "{}", token);
		assertThat(paid.status()).as(paid.envelope().toString()).isLessThan(300);

		// payment.payment.captured travels through the broker to the order service
		assertThat(eventually(() -> "CONFIRMED"
			.equals(gateway.get("/api/v1/orders/" + orderId, token).data().path("status").asString())))
			.as("order confirmed by the captured payment")
			.isTrue();
	}

	private static String signIn(String phone) {
		gateway.post("/api/v1/auth/otp/request", "{\"phone\":\"" + phone + "\"}", null);
		return gateway.post("/api/v1/auth/otp/verify", "{\"phone\":\"" + phone + "\",\"code\":\"123456\"}", null)
			.data()
			.path("accessToken")
			.asString();
	}

	private static String addAddress(String token) {
		Gateway.Reply address = gateway.post("/api/v1/users/me/addresses", "{\"label\":\"Home\",\"line1\":\"12 MG Road\","
				+ "\"city\":\"Bengaluru\",\"state\":\"Karnataka\",\"pincode\":\"560001\"}", token);
		assertThat(address.status()).as(address.envelope().toString()).isEqualTo(201);
		return address.data().path("id").asString();
	}

	private static String anInStockVariant() {
		for (var product : gateway.get("/api/v1/products?inStock=true&limit=20", null).data()) {
			for (var variant : gateway.get("/api/v1/products/" + product.path("id").asString(), null)
				.data()
				.path("variants")) {
				if (variant.path("inStock").asBoolean()) {
					return variant.path("id").asString();
				}
			}
		}
		throw new IllegalStateException("no pack in stock in the demo catalogue");
	}

	private static String anOpenSlot(String token) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
		for (int day = 1; day <= 6; day++) {
			for (var slot : gateway.get("/api/v1/delivery/slots?pincode=560001&date=" + today.plusDays(day), token)
				.data()) {
				if (slot.path("available").asBoolean()) {
					return slot.path("id").asString();
				}
			}
		}
		throw new IllegalStateException("no open delivery slot in the coming days");
	}

	private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
		for (int attempt = 0; attempt < 60; attempt++) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(500);
		}
		return false;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
