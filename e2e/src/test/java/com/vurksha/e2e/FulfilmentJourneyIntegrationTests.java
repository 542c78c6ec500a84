package com.vurksha.e2e;

import static com.vurksha.e2e.Journeys.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The whole journey through the gateway of the running system: a customer signs in, browses, fills the cart,
 * orders and pays online; the operator packs the order; the demo rider is assigned automatically, accepts, picks
 * up, reports the location and hands over with the doorstep code only the customer's tracking shows; the customer
 * is told at each step in the in-app inbox and then reviews what was delivered.
 */
@ExtendWith(RunningSystem.class)
class FulfilmentJourneyIntegrationTests {

	private static final String CUSTOMER = "+919000000001";

	private static final String STRANGER = "+919000000002";

	private static final String RIDER = "+919000000101";

	private static final String OPERATOR = "+919000000901";

	private static Gateway gateway;

	private static Journeys journeys;

	@BeforeAll
	static void connect(RunningSystem system) {
		gateway = system.gateway();
		journeys = new Journeys(gateway);
	}

	@Test
	void orderTravelsFromCartToDoorstepAndIsReviewed() throws Exception {
		String rider = journeys.signIn(RIDER);
		String operator = journeys.signIn(OPERATOR);
		String customer = journeys.signIn(CUSTOMER);
		String stranger = journeys.signIn(STRANGER);
		// the delivery service learns the rider's account from the sign-up event
		assertThat(eventually(() -> gateway.get("/api/v1/rider/deliveries", rider).status() == 200))
			.as("rider record bound to the rider's account").isTrue();

		String[] pack = journeys.anInStockPack();
		String orderId = placePaidOrder(customer, pack[1]);

		Gateway.Reply packed = gateway.post("/api/v1/admin/orders/" + orderId + "/status", "{\"status\":\"PACKED\"}",
				operator);
		assertThat(packed.status()).as(packed.envelope().toString()).isEqualTo(200);

		JsonNode delivery = assignedDelivery(rider, orderId);
		String deliveryPath = "/api/v1/rider/deliveries/" + delivery.path("id").asString();
		assertThat(gateway.post(deliveryPath + "/accept", "{}", rider).status()).isEqualTo(200);
		assertThat(gateway.post(deliveryPath + "/pickup", "{}", rider).status()).isEqualTo(200);
		assertThat(eventually(() -> "OUT_FOR_DELIVERY".equals(orderStatus(customer, orderId))))
			.as("order out for delivery once the rider picked it up").isTrue();

		Gateway.Reply impossible = gateway.post(deliveryPath + "/location", "{\"latitude\":123.0,\"longitude\":77.6}",
				rider);
		assertThat(impossible.status()).isEqualTo(400);
		Gateway.Reply atTheDoor = gateway.post(deliveryPath + "/location",
				"{\"latitude\":" + Journeys.LATITUDE + ",\"longitude\":" + Journeys.LONGITUDE + "}", rider);
		assertThat(atTheDoor.status()).as(atTheDoor.envelope().toString()).isEqualTo(200);

		assertThat(eventually(() -> tracking(customer, orderId).path("lastLocation").isObject()))
			.as("tracking shows the rider's last location").isTrue();
		JsonNode tracked = tracking(customer, orderId);
		assertThat(tracked.path("riderFirstName").asString()).isEqualTo("Ravi");
		String otp = tracked.path("deliveryOtp").asString();
		assertThat(otp).matches("[0-9]{4,8}");
		assertThat(gateway.get("/api/v1/orders/" + orderId + "/tracking", stranger).status()).isEqualTo(404);

		String wrongOtp = otp.equals("0000") ? "1111" : "0000";
		assertThat(gateway.post(deliveryPath + "/deliver", "{\"otp\":\"" + wrongOtp + "\"}", rider).status())
			.isEqualTo(422);
		Gateway.Reply delivered = gateway.post(deliveryPath + "/deliver", "{\"otp\":\"" + otp + "\"}", rider);
		assertThat(delivered.status()).as(delivered.envelope().toString()).isEqualTo(200);
		assertThat(eventually(() -> "DELIVERED".equals(orderStatus(customer, orderId))))
			.as("order delivered once the rider handed it over").isTrue();

		List<String> told = List.of("order.order.confirmed", "order.order.packed", "delivery.delivery.picked-up",
				"delivery.delivery.delivered");
		assertThat(eventually(() -> messageTypes(customer, orderId).containsAll(told)))
			.as("in-app messages for confirmed, packed, out for delivery and delivered").isTrue();
		assertThat(messageTypes(stranger, orderId)).isEmpty();

		reviewWhatWasDelivered(customer, stranger, pack[0]);
	}

	private String placePaidOrder(String customer, String variantId) throws InterruptedException {
		String addressId = journeys.addAddress(customer);
		gateway.delete("/api/v1/cart", customer);
		assertThat(gateway.put("/api/v1/cart/items/" + variantId, "{\"quantity\":1}", customer).status())
			.isEqualTo(200);
		Gateway.Reply placed = gateway.postOnce("/api/v1/orders", "{\"addressId\":\"" + addressId
				+ "\",\"deliverySlotId\":\"" + journeys.anOpenSlot(customer) + "\",\"paymentMethod\":\"ONLINE\"}",
				customer, UUID.randomUUID().toString());
		assertThat(placed.status()).as(placed.envelope().toString()).isEqualTo(201);
		String orderId = placed.data().path("id").asString();
		Gateway.Reply payment = gateway.postOnce("/api/v1/payments", "{\"orderId\":\"" + orderId + "\"}", customer,
				UUID.randomUUID().toString());
		assertThat(payment.status()).as(payment.envelope().toString()).isIn(200, 201);
		assertThat(gateway.post("/api/v1/dev/payments/" + payment.data().path("paymentId").asString() + "/succeed",
				"{}", customer).status()).isLessThan(300);
		assertThat(eventually(() -> "CONFIRMED".equals(orderStatus(customer, orderId))))
			.as("order confirmed by the captured payment").isTrue();
		return orderId;
	}

	private static JsonNode assignedDelivery(String rider, String orderId) throws InterruptedException {
		JsonNode[] found = new JsonNode[1];
		assertThat(eventually(() -> {
			for (JsonNode delivery : gateway.get("/api/v1/rider/deliveries", rider).data()) {
				if (orderId.equals(delivery.path("orderId").asString())) {
					found[0] = delivery;
					return true;
				}
			}
			return false;
		})).as("the packed order assigned to the zone's rider").isTrue();
		assertThat(found[0].path("status").asString()).isEqualTo("ASSIGNED");
		return found[0];
	}

	private static void reviewWhatWasDelivered(String customer, String stranger, String productId)
			throws InterruptedException {
		String review = "{\"rating\":5,\"comment\":\"Fresh and well packed\"}";
		assertThat(gateway.post("/api/v1/products/" + productId + "/reviews", review, stranger).status())
			.as("nobody reviews what they did not receive").isEqualTo(403);
		// the product service learns of the delivery from the order-delivered event
		assertThat(eventually(() -> gateway.post("/api/v1/products/" + productId + "/reviews", review, customer)
			.status() == 201)).as("the customer reviews what was delivered").isTrue();
		assertThat(eventually(Duration.ofSeconds(90), () -> gateway.get("/api/v1/products/" + productId, null)
			.data()
			.path("rating")
			.path("count")
			.asInt() >= 1)).as("the product's rating counts the review").isTrue();
		assertThat(gateway.get("/api/v1/products/" + productId + "/reviews", null).data().toString())
			.contains("Fresh and well packed");
	}

	private static String orderStatus(String token, String orderId) {
		return gateway.get("/api/v1/orders/" + orderId, token).data().path("status").asString();
	}

	private static JsonNode tracking(String token, String orderId) {
		Gateway.Reply reply = gateway.get("/api/v1/orders/" + orderId + "/tracking", token);
		assertThat(reply.status()).as(reply.envelope().toString()).isEqualTo(200);
		return reply.data().path("delivery");
	}

	/** The types of the in-app messages about the order in the caller's inbox. */
	private static List<String> messageTypes(String token, String orderId) {
		List<String> types = new ArrayList<>();
		for (JsonNode message : gateway.get("/api/v1/notifications?limit=100", token).data()) {
			if (orderId.equals(message.path("orderId").asString())) {
				types.add(message.path("type").asString());
			}
		}
		return types;
	}
}
