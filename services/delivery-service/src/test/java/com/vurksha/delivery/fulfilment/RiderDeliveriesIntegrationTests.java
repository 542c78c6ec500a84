package com.vurksha.delivery.fulfilment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import com.vurksha.delivery.support.DeliveryIntegrationTest;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.JsonNode;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/** The rider app's calls over real HTTP against the real database, with the events they leave in the outbox. */
class RiderDeliveriesIntegrationTests extends DeliveryIntegrationTest {

	/** About 3 km north of the address: 10 minutes away. */
	private static final Object FAR = object("latitude", 13.0026, "longitude", ADDRESS_LONGITUDE);

	/** About 50 m from the address. */
	private static final Object AT_THE_DOOR = object("latitude", 12.9760, "longitude", ADDRESS_LONGITUDE);

	private String zoneId;

	private TestRider rider;

	private String customerId;

	@BeforeEach
	void zoneWithOneRider() {
		zoneId = zoneServing(freshPincode());
		rider = rider(zoneId, 5);
		customerId = "customer-" + UUID.randomUUID();
	}

	private Api.Reply call(TestRider who, String deliveryId, String action, Object body) {
		return api.send(HttpMethod.POST, "/api/v1/rider/deliveries/" + deliveryId + "/" + action, who.token(), body);
	}

	private String assignedDelivery() {
		String deliveryId = deliveryOf(packedOrder(zoneId, customerId));
		assertThat(riderOf(deliveryId)).isEqualTo(rider.id());
		return deliveryId;
	}

	private String pickedUpDelivery() {
		String deliveryId = assignedDelivery();
		assertThat(call(rider, deliveryId, "accept", null).status()).isEqualTo(200);
		assertThat(call(rider, deliveryId, "pickup", null).status()).isEqualTo(200);
		return deliveryId;
	}

	private JsonNode tracking(String orderId, String token) {
		Api.Reply reply = api.get("/internal/v1/deliveries/by-order/" + orderId, orderService,
				TestTokens.customerContext(token));
		assertThat(reply.status()).isEqualTo(200);
		return reply.data();
	}

	private String otp(String deliveryId) {
		String orderId = jdbc.sql("SELECT order_id FROM delivery WHERE id = :id").param("id", deliveryId)
			.query(String.class)
			.single();
		return tracking(orderId, TestTokens.customer(customerId)).get("deliveryOtp").asString();
	}

	@Test
	void assignsAPackedOrderToTheZonesRiderAtOnceAndListsIt() {
		String deliveryId = assignedDelivery();

		Api.Reply mine = api.get("/api/v1/rider/deliveries", rider.token());

		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.data()).singleElement().satisfies(delivery -> {
			assertThat(field(delivery, "id")).isEqualTo(deliveryId);
			assertThat(field(delivery, "status")).isEqualTo("ASSIGNED");
			assertThat(delivery.get("amountToCollect").asLong()).isEqualTo(25000);
			assertThat(delivery.get("attempt").asInt()).isEqualTo(1);
			assertThat(field(delivery.get("address"), "pincode")).isEqualTo("560001");
		});
		assertThat(mine.body().get("pagination").get("total").asLong()).isEqualTo(1);
		assertThat(openCount(rider.id())).isEqualTo(1);
		assertThat(outboxEvents(deliveryId, "delivery.delivery.assigned")).singleElement().satisfies(event -> {
			assertThat(field(event, "riderId")).isEqualTo(rider.id());
			assertThat(field(event, "riderUserId")).isEqualTo(rider.userId());
			assertThat(field(event, "riderFirstName")).isEqualTo("Test");
			assertThat(field(event, "userId")).isEqualTo(customerId);
			assertThat(event.get("attempt").asInt()).isEqualTo(1);
		});
	}

	@Test
	void walksADeliveryFromAcceptanceToHandoverAgainstTheDoorstepCode() {
		String deliveryId = pickedUpDelivery();

		Api.Reply ping = call(rider, deliveryId, "location", FAR);
		String code = otp(deliveryId);
		Api.Reply delivered = call(rider, deliveryId, "deliver", object("otp", code));

		assertThat(ping.status()).isEqualTo(200);
		assertThat(field(ping.data(), "status")).isEqualTo("EN_ROUTE");
		assertThat(ping.data().get("etaMinutes").asInt()).isEqualTo(10);
		assertThat(delivered.status()).isEqualTo(200);
		assertThat(field(delivered.data(), "status")).isEqualTo("DELIVERED");
		assertThat(openCount(rider.id())).isZero();
		assertThat(outboxEvents(deliveryId, "delivery.delivery.accepted")).hasSize(1);
		assertThat(outboxEvents(deliveryId, "delivery.delivery.picked-up")).singleElement()
			.satisfies(event -> assertThat(field(event, "riderFirstName")).isEqualTo("Test"));
		assertThat(outboxEvents(deliveryId, "delivery.delivery.delivered")).singleElement()
			.satisfies(event -> assertThat(event.get("codCollected").asLong()).isEqualTo(25000));
		assertThat(jdbc.sql("SELECT count(*) FROM location_ping WHERE delivery_id = :id").param("id", deliveryId)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void arrivesWhenAPingIsWithinAHundredMetresAndTellsTheCustomerOnce() {
		String deliveryId = pickedUpDelivery();

		Api.Reply ping = call(rider, deliveryId, "location", AT_THE_DOOR);

		assertThat(field(ping.data(), "status")).isEqualTo("ARRIVED");
		assertThat(outboxEvents(deliveryId, "delivery.delivery.arriving-soon")).singleElement()
			.satisfies(event -> assertThat(event.get("etaMinutes").asInt()).isEqualTo(1));
		assertThat(outboxEvents(deliveryId, "delivery.delivery.arrived")).hasSize(1);
	}

	@Test
	void showsTheCustomerTheRiderTheLocationAndTheCodeOnlyOnceOnTheWay() {
		String orderId = packedOrder(zoneId, customerId);
		String deliveryId = deliveryOf(orderId);
		String token = TestTokens.customer(customerId);
		JsonNode before = tracking(orderId, token);
		call(rider, deliveryId, "accept", null);
		call(rider, deliveryId, "pickup", null);
		call(rider, deliveryId, "location", FAR);

		JsonNode onTheWay = tracking(orderId, token);

		assertThat(field(before, "status")).isEqualTo("ASSIGNED");
		assertThat(before.get("deliveryOtp").isNull()).isTrue();
		assertThat(field(before, "riderFirstName")).isEqualTo("Test");
		assertThat(field(onTheWay, "status")).isEqualTo("EN_ROUTE");
		assertThat(onTheWay.get("lastLocation").get("latitude").asDouble()).isEqualTo(13.0026);
		assertThat(onTheWay.get("etaMinutes").asInt()).isEqualTo(10);
		assertThat(onTheWay.get("etaAt").isNull()).isFalse();
		assertThat(field(onTheWay, "deliveryOtp")).matches("[0-9]{4}");
		assertThat(field(onTheWay, "userId")).isEqualTo(customerId);
		assertThat(api.get("/internal/v1/deliveries/by-order/" + orderId, orderService,
				TestTokens.customerContext(TestTokens.customer())).errorCode())
			.isEqualTo("DELIVERY_NOT_FOUND");
	}

	@Test
	void storesALateOlderFixAsAPingButKeepsTheNewerLocationAndAnEtaFromWhenItArrived() {
		String orderId = packedOrder(zoneId, customerId);
		String deliveryId = deliveryOf(orderId);
		call(rider, deliveryId, "accept", null);
		call(rider, deliveryId, "pickup", null);
		Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		Instant tookFix = before.minus(Duration.ofMinutes(30));
		Api.Reply far = call(rider, deliveryId, "location",
				object("latitude", 13.0026, "longitude", ADDRESS_LONGITUDE, "recordedAt", tookFix.toString()));
		// step past the per-delivery ping throttle
		jdbc.sql("UPDATE location_ping SET received_at = received_at - interval '1 minute' WHERE delivery_id = :id")
			.param("id", deliveryId)
			.update();

		Api.Reply late = call(rider, deliveryId, "location", object("latitude", 12.9760, "longitude",
				ADDRESS_LONGITUDE, "recordedAt", tookFix.minus(Duration.ofMinutes(5)).toString()));
		JsonNode tracked = tracking(orderId, TestTokens.customer(customerId));

		assertThat(far.status()).isEqualTo(200);
		assertThat(late.status()).isEqualTo(200);
		assertThat(field(late.data(), "status")).isEqualTo("EN_ROUTE");
		assertThat(late.data().get("etaMinutes").asInt()).isEqualTo(10);
		assertThat(field(tracked, "status")).isEqualTo("EN_ROUTE");
		assertThat(tracked.get("lastLocation").get("latitude").asDouble()).isEqualTo(13.0026);
		assertThat(Instant.parse(field(tracked.get("lastLocation"), "recordedAt"))).isEqualTo(tookFix);
		assertThat(Instant.parse(field(tracked, "etaAt"))).isAfterOrEqualTo(before.plus(Duration.ofMinutes(10)));
		assertThat(outboxEvents(deliveryId, "delivery.delivery.arrived")).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM location_ping WHERE delivery_id = :id").param("id", deliveryId)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void reattemptsAFirstFailureAndAssignsItAgain() {
		String deliveryId = pickedUpDelivery();
		String firstCode = otp(deliveryId);

		Api.Reply failed = call(rider, deliveryId, "fail", object("reason", "CUSTOMER_UNAVAILABLE", "note", "no answer"));

		assertThat(failed.status()).isEqualTo(200);
		assertThat(field(failed.data(), "followUp")).isEqualTo("REATTEMPT");
		assertThat(field(failed.data(), "failureNote")).isEqualTo("no answer");
		assertThat(deliveryStatus(deliveryId)).isEqualTo("ASSIGNED");
		assertThat(jdbc.sql("SELECT attempt FROM delivery WHERE id = :id").param("id", deliveryId)
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(outboxEvents(deliveryId, "delivery.delivery.failed")).singleElement().satisfies(event -> {
			assertThat(field(event, "followUp")).isEqualTo("REATTEMPT");
			assertThat(field(event, "reason")).isEqualTo("CUSTOMER_UNAVAILABLE");
		});
		assertThat(outboxEvents(deliveryId, "delivery.delivery.assigned")).extracting(e -> e.get("attempt").asInt())
			.containsExactly(1, 2);
		call(rider, deliveryId, "accept", null);
		call(rider, deliveryId, "pickup", null);
		assertThat(otp(deliveryId)).isNotEqualTo(firstCode);
	}

	@Test
	void returnsTheOrderToTheHubWhenTheCustomerRefuses() {
		String deliveryId = pickedUpDelivery();

		Api.Reply failed = call(rider, deliveryId, "fail", object("reason", "CUSTOMER_REFUSED"));

		assertThat(field(failed.data(), "status")).isEqualTo("FAILED");
		assertThat(field(failed.data(), "followUp")).isEqualTo("RETURN_TO_HUB");
		assertThat(openCount(rider.id())).isZero();
		assertThat(outboxEvents(deliveryId, "delivery.delivery.failed")).singleElement()
			.satisfies(event -> assertThat(field(event, "followUp")).isEqualTo("RETURN_TO_HUB"));
	}

	@Test
	void handsARejectedDeliveryToAnotherRiderAtOnce() {
		String deliveryId = assignedDelivery();
		TestRider second = rider(zoneId, 5);

		Api.Reply rejected = call(rider, deliveryId, "reject", object("reason", "flat tyre"));

		assertThat(rejected.status()).isEqualTo(200);
		assertThat(riderOf(deliveryId)).isEqualTo(second.id());
		assertThat(deliveryStatus(deliveryId)).isEqualTo("ASSIGNED");
		assertThat(openCount(rider.id())).isZero();
		assertThat(openCount(second.id())).isEqualTo(1);
	}

	@Test
	void cancelsADeliveryWhoseOrderIsCancelledBeforePickup() {
		String orderId = packedOrder(zoneId, customerId);
		String deliveryId = deliveryOf(orderId);

		intake.cancel(orderId);

		assertThat(deliveryStatus(deliveryId)).isEqualTo("CANCELLED");
		assertThat(openCount(rider.id())).isZero();
		assertThat(call(rider, deliveryId, "accept", null).status()).isEqualTo(409);
	}

	@Test
	void listsDeliveriesByStatusForOperators() {
		String deliveryId = assignedDelivery();

		Api.Reply assigned = api.get("/api/v1/admin/deliveries?status=ASSIGNED&limit=100", admin);
		Api.Reply unknown = api.get("/api/v1/admin/deliveries?status=LOST", admin);

		assertThat(assigned.status()).isEqualTo(200);
		assertThat(assigned.data()).anySatisfy(delivery -> assertThat(field(delivery, "id")).isEqualTo(deliveryId));
		assertThat(assigned.data()).allSatisfy(delivery -> assertThat(field(delivery, "status")).isEqualTo("ASSIGNED"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(api.get("/api/v1/admin/deliveries", rider.token()).status()).isEqualTo(403);
	}

	@Nested
	class Refusals {

		@Test
		void rejectsLocationForAnotherRidersDelivery() {
			String deliveryId = pickedUpDelivery();
			TestRider other = rider(zoneId, 5);

			Api.Reply reply = call(other, deliveryId, "location", FAR);

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("DELIVERY_NOT_FOUND");
			assertThat(call(other, "dlv-missing", "location", FAR).errorCode()).isEqualTo("DELIVERY_NOT_FOUND");
		}

		@Test
		void rejectsAnImpossibleCoordinate() {
			String deliveryId = pickedUpDelivery();

			Api.Reply reply = call(rider, deliveryId, "location", object("latitude", 91.5, "longitude", 77.6));
			Api.Reply nowhere = call(rider, deliveryId, "location", object("latitude", 0, "longitude", 0));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.body().get("error").get("details").get(0).get("field").asString()).isEqualTo("latitude");
			assertThat(nowhere.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void rejectsPingsMoreOftenThanTheMinimumInterval() {
			String deliveryId = pickedUpDelivery();
			assertThat(call(rider, deliveryId, "location", FAR).status()).isEqualTo(200);

			Api.Reply second = call(rider, deliveryId, "location", FAR);

			assertThat(second.status()).isEqualTo(429);
			assertThat(second.errorCode()).isEqualTo("RATE_LIMITED");
			assertThat(second.body().get("error").get("retryAfter").asInt()).isBetween(1, 5);
			assertThat(second.headers().getFirst("Retry-After")).isNotNull();
		}

		@Test
		void rejectsLocationBeforePickup() {
			String deliveryId = assignedDelivery();

			Api.Reply reply = call(rider, deliveryId, "location", FAR);

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("DELIVERY_STATE_CONFLICT");
			assertThat(reply.body().get("error").get("message").asString()).contains("ASSIGNED");
		}

		@Test
		void refusesRiderCallsFromSomeoneWhoIsNotASetUpRider() {
			String unknownRider = TestTokens.token("user-" + UUID.randomUUID(), List.of("RIDER"), TestTokens.ISSUER,
					java.time.Duration.ofMinutes(5));

			assertThat(api.get("/api/v1/rider/deliveries", TestTokens.customer()).errorCode()).isEqualTo("NOT_A_RIDER");
			assertThat(api.get("/api/v1/rider/deliveries", unknownRider).status()).isEqualTo(403);
		}

		@Test
		void locksTheCodeAfterFiveWrongTriesUntilAnOperatorResetsIt() {
			String deliveryId = pickedUpDelivery();
			String right = otp(deliveryId);
			String wrong = right.equals("0000") ? "1111" : "0000";

			for (int remaining = 4; remaining >= 0; remaining--) {
				Api.Reply reply = call(rider, deliveryId, "deliver", object("otp", wrong));
				assertThat(reply.status()).isEqualTo(422);
				assertThat(reply.errorCode()).isEqualTo("DELIVERY_OTP_INVALID");
				assertThat(reply.body().get("error").get("details").get(0).get("message").asString())
					.isEqualTo("remainingAttempts=" + remaining);
			}
			Api.Reply locked = call(rider, deliveryId, "deliver", object("otp", right));
			Api.Reply reset = api.send(HttpMethod.POST, "/api/v1/admin/deliveries/" + deliveryId + "/otp/reset", admin,
					null);
			Api.Reply delivered = call(rider, deliveryId, "deliver", object("otp", otp(deliveryId)));

			assertThat(locked.status()).isEqualTo(423);
			assertThat(locked.errorCode()).isEqualTo("DELIVERY_OTP_LOCKED");
			assertThat(reset.status()).isEqualTo(200);
			assertThat(otp(deliveryId)).isNotEqualTo(right);
			assertThat(field(delivered.data(), "status")).isEqualTo("DELIVERED");
		}
	}
}
