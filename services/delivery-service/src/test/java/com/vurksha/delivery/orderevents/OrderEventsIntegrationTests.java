package com.vurksha.delivery.orderevents;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.delivery.support.DeliveryIntegrationTest;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventMessages;
import com.vurksha.platform.events.Outbox;
import io.micrometer.core.instrument.MeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Order events travel through the real broker: published by the outbox relay, consumed through the inbox. */
class OrderEventsIntegrationTests extends DeliveryIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ConnectionFactory connectionFactory;

	@Autowired
	Environment environment;

	@Autowired
	MeterRegistry meters;

	private EventEnvelope orderEvent(String type, String orderId) {
		Map<String, Object> payload = new HashMap<>();
		payload.put("orderId", orderId);
		payload.put("userId", "customer-1");
		payload.put("reservationId", orderId);
		payload.put("bookingId", orderId);
		return transaction.execute(status -> outbox.append(type, 1, "order", orderId, payload));
	}

	private String status(String bookingId) {
		return jdbc.sql("SELECT status FROM slot_booking WHERE booking_id = :id")
			.param("id", bookingId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private String heldBooking(String pincode, String slotId) {
		String orderId = "order-" + UUID.randomUUID();
		assertThat(book(orderId, slotId, pincode).status()).isEqualTo(201);
		return orderId;
	}

	private double duplicatesSkipped() {
		return meters.find("vurksha.inbox.duplicates").counters().stream().mapToDouble(c -> c.count()).sum();
	}

	@Test
	void aConfirmedOrderConfirmsItsBooking() {
		String pincode = freshPincode();
		String slotId = openSlot(zoneServing(pincode), 3);
		String orderId = heldBooking(pincode, slotId);

		orderEvent("order.order.confirmed", orderId);

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(orderId)).isEqualTo("CONFIRMED"));
		assertThat(booked(slotId)).isEqualTo(1);
	}

	@Test
	void aCancelledOrderReleasesItsPlaceExactlyOnceEvenWhenTheEventArrivesTwice() {
		String pincode = freshPincode();
		String slotId = openSlot(zoneServing(pincode), 3);
		String cancelled = heldBooking(pincode, slotId);
		String later = heldBooking(pincode, slotId);
		double skippedBefore = duplicatesSkipped();

		EventEnvelope event = orderEvent("order.order.cancelled", cancelled);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(cancelled)).isEqualTo("RELEASED"));
		RabbitTemplate broker = new RabbitTemplate(connectionFactory);
		broker.send(environment.getRequiredProperty("vurksha.events.exchange"), event.type(),
				new EventMessages(json).toMessage(event));
		orderEvent("order.order.cancelled", later);

		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(status(later)).isEqualTo("RELEASED");
			assertThat(duplicatesSkipped()).isGreaterThan(skippedBefore);
		});
		assertThat(booked(slotId)).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM platform.inbox WHERE event_id = :id")
			.param("id", event.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM platform.outbox WHERE aggregate_id = :id AND type = "
				+ "'delivery.slot-booking.released'").param("id", cancelled).query(Integer.class).single())
			.isEqualTo(1);
	}

	private EventEnvelope packed(String orderId, String zoneId) {
		Map<String, Object> address = new HashMap<>();
		address.put("line1", "12 MG Road");
		address.put("city", "Bengaluru");
		address.put("pincode", "560001");
		address.put("latitude", 12.9756);
		address.put("longitude", 77.6050);
		Map<String, Object> payload = new HashMap<>();
		payload.put("orderId", orderId);
		payload.put("number", "VK-1001");
		payload.put("userId", "customer-1");
		payload.put("paymentMethod", "COD");
		payload.put("amountToCollect", 31500);
		payload.put("total", 31500);
		payload.put("slotId", "slot-1");
		payload.put("slotStart", "2026-11-26T03:30:00Z");
		payload.put("slotEnd", "2026-11-26T05:30:00Z");
		payload.put("zoneId", zoneId);
		payload.put("itemCount", 3);
		payload.put("address", address);
		return transaction.execute(status -> outbox.append("order.order.packed", 1, "order", orderId, payload));
	}

	private java.util.List<Map<String, Object>> deliveriesOf(String orderId) {
		return jdbc.sql("SELECT status, order_number, amount_to_collect, latitude FROM delivery WHERE order_id = :id")
			.param("id", orderId)
			.query()
			.listOfRows();
	}

	@Test
	void aPackedOrderOpensOneDeliveryEvenWhenPackedTwiceAndACancellationCancelsIt() {
		String zoneId = zoneServing(freshPincode());
		String orderId = "order-" + UUID.randomUUID();

		EventEnvelope first = packed(orderId, zoneId);
		EventEnvelope second = packed(orderId, zoneId);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT count(*) FROM platform.inbox WHERE event_id IN (:first, :second)")
			.param("first", first.id())
			.param("second", second.id())
			.query(Integer.class)
			.single()).isEqualTo(2));

		assertThat(deliveriesOf(orderId)).singleElement().satisfies(row -> {
			assertThat(row.get("status")).isEqualTo("UNASSIGNED");
			assertThat(row.get("order_number")).isEqualTo("VK-1001");
			assertThat(((Number) row.get("amount_to_collect")).longValue()).isEqualTo(31500);
			assertThat(((Number) row.get("latitude")).doubleValue()).isEqualTo(12.9756);
		});
		orderEvent("order.order.cancelled", orderId);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(deliveriesOf(orderId)).singleElement()
				.satisfies(row -> assertThat(row.get("status")).isEqualTo("CANCELLED")));
	}

	@Test
	void aConfirmationOfAReleasedBookingChangesNothing() {
		String pincode = freshPincode();
		String slotId = openSlot(zoneServing(pincode), 3);
		String orderId = heldBooking(pincode, slotId);
		orderEvent("order.order.cancelled", orderId);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(orderId)).isEqualTo("RELEASED"));

		EventEnvelope confirmation = orderEvent("order.order.confirmed", orderId);

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM platform.inbox WHERE event_id = :id")
				.param("id", confirmation.id())
				.query(Integer.class)
				.single()).isEqualTo(1));
		assertThat(status(orderId)).isEqualTo("RELEASED");
		assertThat(booked(slotId)).isZero();
	}
}
