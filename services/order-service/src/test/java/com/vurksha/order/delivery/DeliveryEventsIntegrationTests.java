package com.vurksha.order.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import com.vurksha.order.support.EventBroker;
import com.vurksha.order.support.OrderServiceIntegrationTest;
import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventMessages;
import com.vurksha.platform.events.EventsProperties;
import com.vurksha.platformtest.Api.Reply;
import tools.jackson.databind.JsonNode;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packing publishes what the delivery service needs, and the delivery service's events, published over the real
 * RabbitMQ as it would publish them (repeated, out of order, late), move the order along.
 */
class DeliveryEventsIntegrationTests extends OrderServiceIntegrationTest {

	@Autowired
	ConnectionFactory connectionFactory;

	@Autowired
	EventMessages messages;

	@Autowired
	EventsProperties events;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	ConsumerQueue deliveryEventsQueue;

	@Autowired
	ConsumerQueue paymentEventsQueue;

	EventBroker broker;

	@BeforeEach
	void consumersListen() {
		broker = new EventBroker(connectionFactory, messages, events, json, jdbc);
		broker.awaitConsumer(admin, deliveryEventsQueue);
		broker.awaitConsumer(admin, paymentEventsQueue);
	}

	@Test
	void packingPublishesTheAddressSlotAndCashToCollect() {
		String id = packed(newCustomer(), "COD");

		JsonNode packed = payload(id, "order.order.packed");
		assertThat(packed.get("number").asString()).startsWith("VK-");
		assertThat(packed.get("paymentMethod").asString()).isEqualTo("COD");
		assertThat(packed.get("amountToCollect").asLong()).isEqualTo(25_000);
		assertThat(packed.get("total").asLong()).isEqualTo(25_000);
		assertThat(packed.get("slotId").asString()).isEqualTo("slot-morning");
		assertThat(packed.get("slotStart").asString()).isEqualTo("2026-11-26T02:30:00Z");
		assertThat(packed.get("slotEnd").asString()).isEqualTo("2026-11-26T04:30:00Z");
		assertThat(packed.get("zoneId").asString()).isEqualTo("z-central");
		assertThat(packed.get("itemCount").asInt()).isEqualTo(2);
		assertThat(packed.get("address").get("line1").asString()).isEqualTo("12 MG Road");
		assertThat(packed.get("address").get("pincode").asString()).isEqualTo("560001");
		assertThat(packed.get("address").get("latitude").asDouble()).isEqualTo(12.97);
		assertThat(outboxTypes(id)).endsWith("order.order.packed", "order.order.status-changed");
	}

	@Test
	void confirmationAndCancellationCarryTheOrderNumber() {
		Customer asha = newCustomer();
		String id = placed(asha, "COD");
		api.send(HttpMethod.POST, "/api/v1/orders/" + id + "/cancel", asha.token(), object("reason", "twice"));

		JsonNode confirmed = payload(id, "order.order.confirmed");
		assertThat(confirmed.get("number").asString()).startsWith("VK-");
		assertThat(confirmed.get("total").asLong()).isEqualTo(25_000);
		assertThat(confirmed.get("paymentMethod").asString()).isEqualTo("COD");
		assertThat(payload(id, "order.order.cancelled").get("number").asString())
			.isEqualTo(confirmed.get("number").asString());
	}

	@Test
	void aPickUpTakesTheOrderOutForDeliveryOnceEvenWhenRepeated() {
		String id = packed(newCustomer(), "COD");
		Message pickedUp = delivery("delivery.delivery.picked-up", id, 1, Map.of("riderFirstName", "Ravi"));

		broker.publishAndAwait(pickedUp, deliveryEventsQueue);
		broker.publish(pickedUp);
		broker.publishAndAwait(delivery("delivery.delivery.picked-up", id, 1, Map.of()), deliveryEventsQueue);

		assertThat(status(id)).isEqualTo("OUT_FOR_DELIVERY");
		assertThat(statusChanges(id)).containsExactly("CONFIRMED → PACKED", "PACKED → OUT_FOR_DELIVERY");
	}

	@Test
	void aDeliveryPublishesTheDeliveredLinesOnceEvenWhenRepeated() {
		String id = packed(newCustomer(), "COD");
		broker.publishAndAwait(delivery("delivery.delivery.picked-up", id, 1, Map.of()), deliveryEventsQueue);
		Message delivered = delivery("delivery.delivery.delivered", id, 1,
				Map.of("deliveredAt", "2026-11-26T03:10:00Z", "codCollected", 25_000));

		broker.publishAndAwait(delivered, deliveryEventsQueue);
		broker.publishAndAwait(delivery("delivery.delivery.delivered", id, 1, Map.of()), deliveryEventsQueue);

		assertThat(status(id)).isEqualTo("DELIVERED");
		assertThat(outboxCount(id, "order.order.delivered")).isEqualTo(1);
		JsonNode payload = payload(id, "order.order.delivered");
		assertThat(payload.get("deliveredAt").asString()).isEqualTo("2026-11-26T03:10:00Z");
		assertThat(payload.get("number").asString()).startsWith("VK-");
		assertThat(payload.get("lines").findValuesAsString("variantId")).containsExactly("v-paneer", "v-tomato");
		assertThat(payload.get("lines").findValuesAsString("productId")).containsExactly("p-paneer", "p-tomato");
		assertThat(payload.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
	}

	@Test
	void aDeliveryArrivingBeforeItsPickUpShowsBothOnTheTimelineAndTheLatePickUpIsIgnored() {
		String id = packed(newCustomer(), "COD");

		broker.publishAndAwait(delivery("delivery.delivery.delivered", id, 1, Map.of()), deliveryEventsQueue);
		broker.publishAndAwait(delivery("delivery.delivery.picked-up", id, 1, Map.of()), deliveryEventsQueue);

		assertThat(status(id)).isEqualTo("DELIVERED");
		assertThat(statusChanges(id)).containsExactly("CONFIRMED → PACKED", "PACKED → OUT_FOR_DELIVERY",
				"OUT_FOR_DELIVERY → DELIVERED");
	}

	@Test
	void aFailedAttemptToBeRetriedPutsTheOrderBackWithoutPackingItAgain() {
		String id = packed(newCustomer(), "COD");
		broker.publishAndAwait(delivery("delivery.delivery.picked-up", id, 1, Map.of()), deliveryEventsQueue);

		broker.publishAndAwait(failed(id, 1, "CUSTOMER_UNAVAILABLE", "REATTEMPT"), deliveryEventsQueue);

		assertThat(status(id)).isEqualTo("PACKED");
		assertThat(timelineNotes(id)).anySatisfy(note -> assertThat(note).contains("CUSTOMER_UNAVAILABLE"));
		assertThat(outboxCount(id, "order.order.packed")).isEqualTo(1);
		assertThat(operatorMoves(id, "CANCELLED").status()).isEqualTo(409);

		broker.publishAndAwait(delivery("delivery.delivery.picked-up", id, 1, Map.of()), deliveryEventsQueue);
		assertThat(status(id)).as("a late pick-up of the failed attempt").isEqualTo("PACKED");
		broker.publishAndAwait(delivery("delivery.delivery.picked-up", id, 2, Map.of()), deliveryEventsQueue);
		broker.publishAndAwait(delivery("delivery.delivery.delivered", id, 2, Map.of()), deliveryEventsQueue);
		assertThat(status(id)).isEqualTo("DELIVERED");
		assertThat(outboxCount(id, "order.order.packed")).isEqualTo(1);
	}

	@Test
	void aReturnToTheHubCancelsAPaidOrderAndAsksForItsRefund() {
		Customer asha = newCustomer();
		String id = packed(asha, "ONLINE");
		broker.publishAndAwait(delivery("delivery.delivery.picked-up", id, 1, Map.of()), deliveryEventsQueue);

		broker.publishAndAwait(failed(id, 1, "ADDRESS_NOT_FOUND", "RETURN_TO_HUB"), deliveryEventsQueue);

		JsonNode order = api.get("/api/v1/orders/" + id, asha.token()).data();
		assertThat(order.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(order.get("paymentStatus").asString()).isEqualTo("REFUND_PENDING");
		JsonNode cancelled = payload(id, "order.order.cancelled");
		assertThat(cancelled.get("reason").asString()).isEqualTo("Delivery failed: ADDRESS_NOT_FOUND");
		assertThat(cancelled.get("paid").asBoolean()).isTrue();
		assertThat(cancelled.get("amountPaid").asLong()).isEqualTo(25_000);
		assertThat(cancelled.get("previousStatus").asString()).isEqualTo("OUT_FOR_DELIVERY");
	}

	@Nested
	class DropsWithoutRetrying {

		@Test
		void aPickUpOfAnOrderAlreadyDelivered() {
			String id = packed(newCustomer(), "COD");
			broker.publishAndAwait(delivery("delivery.delivery.delivered", id, 1, Map.of()), deliveryEventsQueue);
			int changes = statusChanges(id).size();

			broker.publishAndAwait(delivery("delivery.delivery.picked-up", id, 1, Map.of()), deliveryEventsQueue);

			assertThat(status(id)).isEqualTo("DELIVERED");
			assertThat(statusChanges(id)).hasSize(changes);
		}

		@Test
		void newsOfAnUnknownOrder() {
			broker.publishAndAwait(delivery("delivery.delivery.picked-up", "no-such-order", 1, Map.of()),
					deliveryEventsQueue);
			broker.publishAndAwait(failed("no-such-order", 1, "DAMAGED", "RETURN_TO_HUB"), deliveryEventsQueue);
		}

		@Test
		void aFailureWithAnUnknownFollowUp() {
			String id = packed(newCustomer(), "COD");

			broker.publishAndAwait(failed(id, 1, "DAMAGED", "TELEPORT"), deliveryEventsQueue);

			assertThat(status(id)).isEqualTo("PACKED");
		}
	}

	/** Places an order, has it paid when ONLINE, and has the operator pack it. */
	private String packed(Customer customer, String paymentMethod) {
		String id = placed(customer, paymentMethod);
		if (paymentMethod.equals("ONLINE")) {
			broker.publishAndAwait(broker.message("payment.payment.captured", "payment", "pay-" + id,
					Map.of("paymentId", "pay-" + id, "orderId", id, "amount", 25_000, "currency", "INR")),
					paymentEventsQueue);
		}
		Reply reply = operatorMoves(id, "PACKED");
		assertThat(reply.status()).as("packing answered %s", reply.body()).isEqualTo(200);
		return id;
	}

	private Reply operatorMoves(String id, String status) {
		return api.send(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/status", admin(), object("status", status));
	}

	private Message delivery(String type, String orderId, int attempt, Map<String, Object> extra) {
		Map<String, Object> payload = new LinkedHashMap<>(Map.of("deliveryId", "d-" + orderId, "orderId", orderId,
				"orderNumber", "VK-x", "userId", "someone", "attempt", attempt, "riderId", "r-ravi"));
		payload.putAll(extra);
		return broker.message(type, "delivery", "d-" + orderId, payload);
	}

	private Message failed(String orderId, int attempt, String reason, String followUp) {
		return delivery("delivery.delivery.failed", orderId, attempt, Map.of("reason", reason, "followUp", followUp));
	}

	private String status(String id) {
		return jdbc.sql("SELECT status FROM customer_order WHERE id = :id").param("id", id)
			.query(String.class).single();
	}

	private List<String> statusChanges(String id) {
		return jdbc.sql("SELECT note FROM order_timeline WHERE order_id = :id AND type = 'OrderStatusChanged' ORDER BY id")
			.param("id", id)
			.query(String.class)
			.list();
	}

	private List<String> timelineNotes(String id) {
		return jdbc.sql("SELECT note FROM order_timeline WHERE order_id = :id ORDER BY id").param("id", id)
			.query(String.class).list();
	}

	private JsonNode payload(String id, String type) {
		return json.readTree(jdbc.sql("""
				SELECT payload::text FROM platform.outbox WHERE aggregate_id = :id AND type = :type ORDER BY seq LIMIT 1""")
			.param("id", id)
			.param("type", type)
			.query(String.class)
			.single());
	}
}
