package com.vurksha.e2e;

import static com.vurksha.e2e.App.call;
import static com.vurksha.e2e.Journeys.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vurksha.client.ApiException;
import com.vurksha.client.model.CheckoutRequest;
import com.vurksha.client.model.NewPayment;
import com.vurksha.client.model.NewProduct;
import com.vurksha.client.model.OrderSummary;
import com.vurksha.client.model.OrderView;
import com.vurksha.client.model.OtpRequest;
import com.vurksha.client.model.OtpVerification;
import com.vurksha.client.model.QuantityChange;
import com.vurksha.client.model.RefreshRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uses the running system as the app would, only through the gateway and with the client generated from the API
 * contract: sign in, browse, fill the cart, order with cash on delivery, pay online through the payment simulator,
 * and see the saga bring order, payment, stock and slot to agreement.
 */
@ExtendWith(RunningSystem.class)
class CustomerJourneyIntegrationTests {

	private static Gateway gateway;

	private static App app;

	private static Journeys journeys;

	private static int userServicePort;

	@BeforeAll
	static void connect(RunningSystem system) {
		gateway = system.gateway();
		app = new App(system.gatewayUrl());
		journeys = new Journeys(gateway);
		userServicePort = system.servicePort("user");
	}

	@Test
	void customerSignsInWithOtpRefreshesTheTokenAndBrowsesTheCatalogue() throws Exception {
		var requested = app.signIn().requestOtpWithHttpInfo(new OtpRequest().phone("+919000000001"));
		assertThat(requested.getStatusCode()).isEqualTo(202);
		String requestId = requested.getHeaders().get("x-request-id").get(0);
		assertThat(requestId).isNotBlank();
		assertThat(requested.getData().getMeta().getRequestId()).isEqualTo(requestId);

		var verified = app.signIn()
			.verifyOtpWithHttpInfo(new OtpVerification().phone("+919000000001").code("123456"));
		assertThat(verified.getStatusCode()).isEqualTo(200);
		String accessToken = verified.getData().getData().getAccessToken();
		String refreshToken = verified.getData().getData().getRefreshToken();
		assertThat(verified.getData().getData().getTokenType()).isEqualTo("Bearer");

		var me = app.as(accessToken).profile().getMeWithHttpInfo();
		assertThat(me.getStatusCode()).isEqualTo(200);
		assertThat(me.getData().getData().getPhone()).isEqualTo("+919000000001");

		var refreshed = app.signIn().refreshTokenWithHttpInfo(new RefreshRequest().refreshToken(refreshToken));
		assertThat(refreshed.getStatusCode()).isEqualTo(200);
		String newAccessToken = refreshed.getData().getData().getAccessToken();
		assertThat(refreshed.getData().getData().getRefreshToken()).isNotBlank().isNotEqualTo(refreshToken);
		assertThat(app.as(newAccessToken).profile().getMeWithHttpInfo().getStatusCode()).isEqualTo(200);

		var categories = app.as(newAccessToken).catalogue().getCategoryTreeWithHttpInfo();
		assertThat(categories.getStatusCode()).isEqualTo(200);
		assertThat(categories.getData().getData()).isNotEmpty();

		var products = app.catalogue().listProductsWithHttpInfo(null, null, null, null, null, null, 5);
		assertThat(products.getStatusCode()).isEqualTo(200);
		assertThat(products.getData().getData()).hasSizeBetween(1, 5);
		assertThat(products.getData().getPagination().getTotal()).isGreaterThanOrEqualTo(60);

		String productId = products.getData().getData().get(0).getId();
		var product = app.catalogue().getProductWithHttpInfo(productId);
		assertThat(product.getStatusCode()).isEqualTo(200);
		assertThat(product.getData().getData().getId()).isEqualTo(productId);
		assertThat(product.getData().getData().getVariants()).isNotEmpty();
	}

	@Test
	void customerIsRefusedTheAdminApi() throws Exception {
		app.signIn().requestOtp(new OtpRequest().phone("+919000000002"));
		String accessToken = app.signIn()
			.verifyOtp(new OtpVerification().phone("+919000000002").code("123456"))
			.getData()
			.getAccessToken();

		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> app.as(accessToken).catalogueAdministration().createProduct(new NewProduct()));

		assertThat(refused.getCode()).isEqualTo(403);
		assertThat(App.error(refused).getError().getCode()).isEqualTo("FORBIDDEN");
	}

	/** The sign-up event leaves the user service's outbox through the local broker, as it would in production. */
	@Test
	void signingUpPublishesTheRegistrationEventThroughTheBroker() throws Exception {
		app.signIn().requestOtp(new OtpRequest().phone("+919000000101"));
		assertThat(app.signIn()
			.verifyOtpWithHttpInfo(new OtpVerification().phone("+919000000101").code("123456"))
			.getStatusCode()).isEqualTo(200);

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
		App customer = app.as(token);
		String addressId = journeys.addAddress(token);
		String variantId = journeys.anInStockPack()[1];
		assertThat(customer.cart().setCartItemWithHttpInfo(variantId, new QuantityChange().quantity(2)).getStatusCode())
			.isEqualTo(200);
		var cart = customer.cart().getCart().getData();
		assertThat(cart.getSubtotal()).isPositive();

		CheckoutRequest checkout = new CheckoutRequest().addressId(addressId)
			.deliverySlotId(journeys.anOpenSlot(token))
			.paymentMethod(CheckoutRequest.PaymentMethodEnum.COD);
		String key = UUID.randomUUID().toString();
		var placed = customer.orders().placeOrderWithHttpInfo(checkout, key);
		assertThat(placed.getStatusCode()).isEqualTo(201);
		OrderView order = placed.getData().getData();
		assertThat(order.getStatus()).isEqualTo(OrderView.StatusEnum.CONFIRMED);
		assertThat(order.getTotal()).isGreaterThanOrEqualTo(cart.getSubtotal());

		var replayed = customer.orders().placeOrder(checkout, key);
		assertThat(replayed.getData().getId()).isEqualTo(order.getId());

		// the cart service hears order.order.placed through the broker and takes the ordered packs out
		assertThat(eventually(() -> call(() -> customer.cart().getCart()).getData().getItemCount() == 0))
			.as("cart emptied by the order-placed event")
			.isTrue();
		assertThat(customer.orders().listOrders(null, null).getData()).extracting(OrderSummary::getId)
			.contains(order.getId());
	}

	@Test
	void customerPaysOnlineAndThePaymentConfirmsTheOrder() throws Exception {
		String token = journeys.signIn("+919000000002");
		App customer = app.as(token);
		String addressId = journeys.addAddress(token);
		assertThat(customer.cart()
			.setCartItemWithHttpInfo(journeys.anInStockPack()[1], new QuantityChange().quantity(1))
			.getStatusCode()).isEqualTo(200);
		var placed = customer.orders()
			.placeOrderWithHttpInfo(new CheckoutRequest().addressId(addressId)
				.deliverySlotId(journeys.anOpenSlot(token))
				.paymentMethod(CheckoutRequest.PaymentMethodEnum.ONLINE), UUID.randomUUID().toString());
		assertThat(placed.getStatusCode()).isEqualTo(201);
		OrderView order = placed.getData().getData();
		assertThat(order.getStatus()).isEqualTo(OrderView.StatusEnum.PENDING_PAYMENT);
		String orderId = order.getId();

		var payment = customer.payments()
			.createPaymentWithHttpInfo(new NewPayment().orderId(orderId), UUID.randomUUID().toString());
		assertThat(payment.getStatusCode()).isIn(200, 201);
		assertThat(payment.getData().getData().getAmount()).isEqualTo(order.getTotal());
		// the local payment simulator is not part of the public contract, so it is called as plain HTTP
		Gateway.Reply paid = gateway.post("/api/v1/dev/payments/" + payment.getData().getData().getPaymentId()
				+ "/succeed", "{}", token);
		assertThat(paid.status()).as(paid.envelope().toString()).isLessThan(300);

		// payment.payment.captured travels through the broker to the order service
		assertThat(eventually(() -> call(() -> customer.orders().getOrder(orderId)).getData()
			.getStatus() == OrderView.StatusEnum.CONFIRMED))
			.as("order confirmed by the captured payment")
			.isTrue();
	}
}
