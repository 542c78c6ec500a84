package com.vurksha.e2e;

import static com.vurksha.e2e.Journeys.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uses the running system as the app would, only through the gateway: sign in, browse, fill the cart, order with
 * cash on delivery, pay online through the payment simulator, and see the saga bring order, payment, stock and slot
 * to agreement.
 */
@ExtendWith(RunningSystem.class)
class CustomerJourneyIntegrationTests {

	private static Gateway gateway;

	private static Journeys journeys;

	private static int userServicePort;

	@BeforeAll
	static void connect(RunningSystem system) {
		gateway = system.gateway();
		journeys = new Journeys(gateway);
		userServicePort = system.servicePort("user");
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
		String token = journeys.signIn("+919000000001");
		String addressId = journeys.addAddress(token);
		String variantId = journeys.anInStockPack()[1];
		assertThat(gateway.put("/api/v1/cart/items/" + variantId, "{\"quantity\":2}", token).status()).isEqualTo(200);
		Gateway.Reply cart = gateway.get("/api/v1/cart", token);
		assertThat(cart.data().path("subtotal").asLong()).isPositive();

		String body = "{\"addressId\":\"" + addressId + "\",\"deliverySlotId\":\"" + journeys.anOpenSlot(token)
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
		String token = journeys.signIn("+919000000002");
		String addressId = journeys.addAddress(token);
		assertThat(gateway.put("/api/v1/cart/items/" + journeys.anInStockPack()[1], "{\"quantity\":1}", token).status())
			.isEqualTo(200);
		Gateway.Reply placed = gateway.postOnce("/api/v1/orders", "{\"addressId\":\"" + addressId
				+ "\",\"deliverySlotId\":\"" + journeys.anOpenSlot(token) + "\",\"paymentMethod\":\"ONLINE\"}", token,
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
}
