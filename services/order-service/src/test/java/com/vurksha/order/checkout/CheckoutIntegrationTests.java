package com.vurksha.order.checkout;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.order.support.Downstream;
import com.vurksha.order.support.OrderServiceIntegrationTest;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

class CheckoutIntegrationTests extends OrderServiceIntegrationTest {

	@Autowired
	JwtDecoder jwtDecoder;

	@Test
	void placesACashOnDeliveryOrderConfirmedAndPricedOnTheServer() {
		Customer asha = newCustomer();

		Reply reply = api.placeOrder(asha.token(), newKey(), checkout("COD"));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode order = reply.data();
		assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(order.get("paymentStatus").asString()).isEqualTo("PENDING_COLLECTION");
		assertThat(order.get("number").asString()).matches("VK-\\d{8}-\\d{6}");
		// 2 × 9000 + 1 × 4000; below the free-delivery threshold, so the zone's 3000 fee applies
		assertThat(order.get("subtotal").asLong()).isEqualTo(22_000);
		assertThat(order.get("deliveryFee").asLong()).isEqualTo(3_000);
		assertThat(order.get("discount").asLong()).isZero();
		assertThat(order.get("total").asLong()).isEqualTo(25_000);
		// 18000 × 500 / 10500 = 857.14 → 857 on the paneer; tomatoes are exempt
		assertThat(order.get("tax").asLong()).isEqualTo(857);
		assertThat(order.get("currency").asString()).isEqualTo("INR");
		JsonNode paneer = order.get("items").get(0);
		assertThat(paneer.get("productName").asString()).isEqualTo("Malai Paneer");
		assertThat(paneer.get("farmName").asString()).isEqualTo("Gokul Dairy");
		assertThat(paneer.get("lineTotal").asLong()).isEqualTo(18_000);
		assertThat(paneer.get("tax").asLong()).isEqualTo(857);
		assertThat(paneer.get("hsnCode").asString()).isEqualTo("0406");
		assertThat(order.get("address").get("pincode").asString()).isEqualTo("560001");
		assertThat(order.get("deliverySlot").get("id").asString()).isEqualTo("slot-morning");
		assertThat(order.get("timeline").findValuesAsString("type")).containsExactly("OrderPlaced", "OrderConfirmed");
		String id = order.get("id").asString();
		assertThat(outboxTypes(id)).containsExactly("order.order.placed", "order.order.confirmed");
		assertThat(downstream.bookedIds()).containsExactly(id);
		assertThat(downstream.reservedIds()).containsExactly(id);
	}

	@Test
	void callsInternalEndpointsWithItsOwnTokenAndTheCustomerAsContext() {
		Customer asha = newCustomer();
		String requestId = "req-" + UUID.randomUUID();
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Idempotency-Key", newKey());
		headers.set("X-Request-Id", requestId);

		assertThat(api.send(HttpMethod.POST, "/api/v1/orders", asha.token(), checkout("COD"), headers).status())
			.isEqualTo(201);

		// the calls made at once on another thread carry the same customer and request id as the rest; internal
		// endpoints get the order service's own token for their audience, the customer's only as context
		Map<String, RequestPatternBuilder> internal = Map.of("cart-service",
				getRequestedFor(urlEqualTo("/internal/v1/cart")), "delivery-service",
				postRequestedFor(urlEqualTo("/internal/v1/slot-bookings")), "product-service",
				postRequestedFor(urlEqualTo("/internal/v1/stock/reservations")));
		internal.forEach((audience, call) -> {
			List<LoggedRequest> made = downstream.server()
				.findAll(call.withHeader("X-Customer-Token", equalTo(asha.token()))
					.withHeader("X-Request-Id", equalTo(requestId)));
			assertThat(made).as(audience).hasSize(1);
			Jwt token = jwtDecoder.decode(made.get(0).getHeader("Authorization").substring("Bearer ".length()));
			assertThat(token.getClaimAsString("client_id")).isEqualTo("order-service");
			assertThat(token.getAudience()).containsExactly(audience);
		});
		// the address is read through the user service's public API, where the customer's own token is the authority
		downstream.server()
			.verify(getRequestedFor(urlEqualTo("/api/v1/users/me/addresses/" + Downstream.ADDRESS))
				.withHeader("Authorization", equalTo("Bearer " + asha.token()))
				.withHeader("X-Request-Id", equalTo(requestId)));
	}

	@Test
	void thePlacedEventNamesTheCartVersionTheOrderWasPlacedFrom() {
		String id = placed(newCustomer(), "COD");

		JsonNode payload = json.readTree(jdbc
			.sql("SELECT payload::text FROM platform.outbox WHERE aggregate_id = :id AND type = 'order.order.placed'")
			.param("id", id)
			.query(String.class)
			.single());

		assertThat(payload.get("cartVersion").asLong()).isEqualTo(Downstream.CART_VERSION);
		assertThat(payload.get("lines")).extracting(line -> line.get("variantId").asString())
			.containsExactly("v-paneer", "v-tomato");
	}

	@Test
	void keepsAnOnlineOrderPendingItsPaymentWithADeadline() {
		Customer asha = newCustomer();
		Instant before = clock.instant();

		Reply reply = api.placeOrder(asha.token(), newKey(), checkout("ONLINE"));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.data().get("status").asString()).isEqualTo("PENDING_PAYMENT");
		assertThat(reply.data().get("paymentStatus").asString()).isEqualTo("PENDING");
		Instant expiresAt = Instant.parse(reply.data().get("expiresAt").asString());
		assertThat(expiresAt).isAfterOrEqualTo(before.plusSeconds(15 * 60).minusSeconds(1));
		assertThat(outboxTypes(reply.data().get("id").asString())).containsExactly("order.order.placed");
	}

	@Test
	void appliesFresh10OncePerCustomer() {
		Customer asha = newCustomer();
		var body = checkout("COD");
		body.put("couponCode", "fresh10");

		Reply first = api.placeOrder(asha.token(), newKey(), body);
		Reply second = api.placeOrder(asha.token(), newKey(), body);

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.data().get("discount").asLong()).isEqualTo(2_200);
		assertThat(first.data().get("total").asLong()).isEqualTo(22_000 - 2_200 + 3_000);
		assertThat(first.data().get("couponCode").asString()).isEqualTo("FRESH10");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.errorCode()).isEqualTo("COUPON_USED");
		String refusedOrder = downstream.bookedIds().get(1);
		assertThat(downstream.releasesOfBooking(refusedOrder)).isEqualTo(1);
		assertThat(downstream.releasesOfReservation(refusedOrder)).isEqualTo(1);
		assertThat(ordersOf(asha)).isEqualTo(1);
	}

	@Nested
	class Refuses {

		@Test
		void anEmptyCart() {
			downstream.cartWith("[]");

			Reply reply = api.placeOrder(newCustomer().token(), newKey(), checkout("COD"));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("CART_EMPTY");
			assertThat(downstream.bookedIds()).isEmpty();
		}

		@Test
		void someoneElsesAddress() {
			var body = checkout("COD");
			body.put("addressId", "a-of-someone-else");

			Reply reply = api.placeOrder(newCustomer().token(), newKey(), body);

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("ADDRESS_NOT_FOUND");
			assertThat(downstream.bookedIds()).isEmpty();
		}

		@Test
		void anUnknownCoupon() {
			var body = checkout("COD");
			body.put("couponCode", "NOPE");

			Reply reply = api.placeOrder(newCustomer().token(), newKey(), body);

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("COUPON_NOT_FOUND");
		}

		@Test
		void aCouponOnTooSmallAnOrder() {
			jdbc.sql("""
					INSERT INTO coupon (code, kind, amount, min_order, valid_from, per_customer_limit)
					VALUES ('BIGBASKET', 'FLAT', 5000, 100000, now() - interval '1 day', 5) ON CONFLICT DO NOTHING""")
				.update();
			var body = checkout("COD");
			body.put("couponCode", "BIGBASKET");
			Customer asha = newCustomer();

			Reply reply = api.placeOrder(asha.token(), newKey(), body);

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("COUPON_MIN_ORDER");
			assertThat(ordersOf(asha)).isZero();
		}

		@Test
		void anExpiredCoupon() {
			jdbc.sql("""
					INSERT INTO coupon (code, kind, amount, min_order, valid_from, valid_to, per_customer_limit)
					VALUES ('MONSOON', 'PERCENT', 500, 0, now() - interval '30 days', now() - interval '1 day', 1)
					ON CONFLICT DO NOTHING""").update();
			var body = checkout("COD");
			body.put("couponCode", "MONSOON");

			Reply reply = api.placeOrder(newCustomer().token(), newKey(), body);

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("COUPON_EXPIRED");
		}

		@Test
		void withoutAnIdempotencyKey() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/orders", newCustomer().token(), checkout("COD"));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
		}

		@Test
		void anUnknownPaymentMethod() {
			Reply reply = api.placeOrder(newCustomer().token(), newKey(), checkout("BARTER"));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.body().get("success").asBoolean()).isFalse();
		}

		@Test
		void aMissingSlot() {
			Reply reply = api.placeOrder(newCustomer().token(), newKey(),
					object("addressId", "a-home", "paymentMethod", "COD"));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void aFullSlotAndReleasesTheStockReservedMeanwhile() {
			downstream.slotFull();
			Customer asha = newCustomer();

			Reply reply = api.placeOrder(asha.token(), newKey(), checkout("COD"));

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("SLOT_FULL");
			String orderId = downstream.bookedIds().get(0);
			assertThat(downstream.reservedIds()).containsExactly(orderId);
			assertThat(downstream.releasesOfReservation(orderId)).isEqualTo(1);
			assertThat(downstream.releasesOfBooking(orderId)).isZero();
			assertThat(ordersOf(asha)).isZero();
		}

		@Test
		void withoutAToken() {
			Reply reply = api.placeOrder(null, newKey(), checkout("COD"));

			assertThat(reply.status()).isEqualTo(401);
		}
	}

	@Nested
	class WhenTheProductServiceIsDown {

		@Test
		void answers503RetryableStoresNothingAndReleasesTheSlot() {
			downstream.productServiceDown();
			Customer asha = newCustomer();

			Reply reply = api.placeOrder(asha.token(), newKey(), checkout("COD"));

			assertThat(reply.status()).isEqualTo(503);
			assertThat(reply.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
			assertThat(reply.body().get("error").get("retryable").asBoolean()).isTrue();
			assertThat(ordersOf(asha)).isZero();
			String orderId = downstream.bookedIds().get(0);
			assertThat(downstream.releasesOfBooking(orderId)).isEqualTo(1);
			// The reservation may have been made before the connection broke, so it is released too.
			assertThat(downstream.releasesOfReservation(orderId)).isEqualTo(1);
			assertThat(outboxTypes(orderId)).isEmpty();
		}

		@Test
		void aRetryUnderTheSameKeyRunsAgainOnceItIsBack() {
			downstream.productServiceDown();
			Customer asha = newCustomer();
			String key = newKey();
			assertThat(api.placeOrder(asha.token(), key, checkout("COD")).status()).isEqualTo(503);

			downstream.allWell();
			Reply retry = api.placeOrder(asha.token(), key, checkout("COD"));

			assertThat(retry.status()).isEqualTo(201);
			assertThat(ordersOf(asha)).isEqualTo(1);
		}
	}

	@Nested
	class WhenStockIsShort {

		@Test
		void andTheDeliveryServiceIsDownAnswersTheOutageAndReleasesOnlyTheBooking() {
			downstream.stockShort();
			downstream.deliveryServiceDown();
			Customer asha = newCustomer();

			Reply reply = api.placeOrder(asha.token(), newKey(), checkout("COD"));

			assertThat(reply.status()).isEqualTo(503);
			String orderId = downstream.reservedIds().get(0);
			assertThat(downstream.releasesOfBooking(orderId)).isEqualTo(1);
			assertThat(downstream.releasesOfReservation(orderId)).isZero();
			assertThat(ordersOf(asha)).isZero();
		}

		@Test
		void answers409WithTheAvailableQuantityPerLineAndReleasesTheSlot() {
			downstream.stockShort();
			Customer asha = newCustomer();

			Reply reply = api.placeOrder(asha.token(), newKey(), checkout("COD"));

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("INSUFFICIENT_STOCK");
			JsonNode detail = reply.body().get("error").get("details").get(0);
			assertThat(detail.get("field").asString()).isEqualTo("v-paneer");
			assertThat(detail.get("message").asString()).isEqualTo("available 1");
			String orderId = downstream.bookedIds().get(0);
			assertThat(downstream.releasesOfBooking(orderId)).isEqualTo(1);
			assertThat(downstream.releasesOfReservation(orderId)).isZero();
			assertThat(ordersOf(asha)).isZero();
		}
	}
}
