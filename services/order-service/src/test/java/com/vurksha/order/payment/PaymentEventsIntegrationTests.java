package com.vurksha.order.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import com.vurksha.order.support.OrderServiceIntegrationTest;
import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventMessages;
import com.vurksha.platform.events.EventsProperties;
import tools.jackson.databind.JsonNode;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Payment events arrive over the real RabbitMQ as the payment service publishes them, duplicates included. */
class PaymentEventsIntegrationTests extends OrderServiceIntegrationTest {

	@Autowired
	ConnectionFactory connectionFactory;

	@Autowired
	EventMessages messages;

	@Autowired
	EventsProperties events;

	@Autowired
	ConsumerQueue paymentEventsQueue;

	@Autowired
	AmqpAdmin admin;

	RabbitTemplate broker;

	@BeforeEach
	void consumerListens() {
		broker = new RabbitTemplate(connectionFactory);
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			QueueInformation queue = admin.getQueueInfo(paymentEventsQueue.name());
			return queue != null && queue.getConsumerCount() > 0;
		});
	}

	@Test
	void aCaptureConfirmsAPendingOrderExactlyOnceEvenWhenDeliveredTwice() {
		Customer asha = newCustomer();
		String orderId = placed(asha, "ONLINE");
		Message captured = message("payment.payment.captured",
				Map.of("paymentId", "pay-1", "orderId", orderId, "amount", 25_000, "currency", "INR",
						"providerPaymentId", "pay_Razor1"));

		publish(captured);
		publish(captured);
		// The same news under a new event id, as a reconciliation would publish it.
		publish(message("payment.payment.captured", Map.of("paymentId", "pay-1", "orderId", orderId, "amount", 25_000,
				"currency", "INR", "providerPaymentId", "pay_Razor1")));
		handledAllBefore(orderId);

		JsonNode order = api.get("/api/v1/orders/" + orderId, asha.token()).data();
		assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(order.get("paymentStatus").asString()).isEqualTo("CAPTURED");
		assertThat(order.get("amountPaid").asLong()).isEqualTo(25_000);
		assertThat(order.get("timeline").findValuesAsString("type")).filteredOn("PaymentCaptured"::equals).hasSize(1);
		assertThat(outboxCount(orderId, "order.order.confirmed")).isEqualTo(1);
	}

	@Test
	void aCaptureForACancelledOrderAsksForARefund() {
		Customer asha = newCustomer();
		String orderId = placed(asha, "ONLINE");
		api.send(HttpMethod.POST, "/api/v1/orders/" + orderId + "/cancel", asha.token(), object("reason", "slow bank"));

		publish(message("payment.payment.captured", Map.of("paymentId", "pay-2", "orderId", orderId, "amount", 25_000,
				"currency", "INR", "providerPaymentId", "pay_Razor2")));
		handledAllBefore(orderId);

		JsonNode order = api.get("/api/v1/orders/" + orderId, asha.token()).data();
		assertThat(order.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(order.get("paymentStatus").asString()).isEqualTo("REFUND_PENDING");
		JsonNode refund = json.readTree(jdbc.sql("""
				SELECT payload::text FROM platform.outbox WHERE aggregate_id = :id AND type = 'order.order.refund-requested'""")
			.param("id", orderId)
			.query(String.class)
			.single());
		assertThat(refund.get("paymentId").asString()).isEqualTo("pay-2");
		assertThat(refund.get("amount").asLong()).isEqualTo(25_000);
		assertThat(outboxCount(orderId, "order.order.confirmed")).isZero();
	}

	@Test
	void aProcessedRefundMarksTheOrderRefunded() {
		Customer asha = newCustomer();
		String orderId = placed(asha, "ONLINE");
		publish(message("payment.payment.captured", Map.of("paymentId", "pay-3", "orderId", orderId, "amount", 25_000,
				"currency", "INR", "providerPaymentId", "pay_Razor3")));
		handledAllBefore(orderId);
		api.send(HttpMethod.POST, "/api/v1/orders/" + orderId + "/cancel", asha.token(), object("reason", "moving"));

		publish(message("payment.refund.processed",
				Map.of("refundId", "rf-1", "paymentId", "pay-3", "orderId", orderId, "amount", 25_000)));
		handledAllBefore(orderId);

		JsonNode order = api.get("/api/v1/orders/" + orderId, asha.token()).data();
		assertThat(order.get("paymentStatus").asString()).isEqualTo("REFUNDED");
		assertThat(order.get("amountRefunded").asLong()).isEqualTo(25_000);
		JsonNode processed = published(orderId, "order.order.refund-processed");
		assertThat(processed.get("number").asString()).isEqualTo(order.get("number").asString());
		assertThat(processed.get("userId").asString()).isEqualTo(asha.id());
		assertThat(processed.get("refundId").asString()).isEqualTo("rf-1");
		assertThat(processed.get("amount").asLong()).isEqualTo(25_000);
	}

	@Test
	void aFailedPaymentLeavesTheOrderPendingAndIsPassedOnToTheCustomer() {
		Customer asha = newCustomer();
		String orderId = placed(asha, "ONLINE");

		publish(message("payment.payment.failed", Map.of("paymentId", "pay-4", "orderId", orderId, "reason",
				"card declined")));
		handledAllBefore(orderId);

		JsonNode order = api.get("/api/v1/orders/" + orderId, asha.token()).data();
		assertThat(order.get("status").asString()).isEqualTo("PENDING_PAYMENT");
		assertThat(order.get("timeline").findValuesAsString("note")).anySatisfy(
				note -> assertThat(note).contains("card declined"));
		JsonNode failed = published(orderId, "order.order.payment-failed");
		assertThat(failed.get("number").asString()).isEqualTo(order.get("number").asString());
		assertThat(failed.get("userId").asString()).isEqualTo(asha.id());
		assertThat(failed.get("reason").asString()).isEqualTo("card declined");
	}

	private JsonNode published(String orderId, String type) {
		return json.readTree(jdbc.sql("""
				SELECT payload::text FROM platform.outbox WHERE aggregate_id = :id AND type = :type ORDER BY seq LIMIT 1""")
			.param("id", orderId)
			.param("type", type)
			.query(String.class)
			.single());
	}

	@Test
	void anEventForAnUnknownOrderIsDroppedInsteadOfRetried() {
		Message captured = message("payment.payment.captured", Map.of("paymentId", "pay-5", "orderId",
				"no-such-order", "amount", 25_000, "currency", "INR", "providerPaymentId", "pay_Razor5"));

		publish(captured);

		// The inbox row commits only with a handler that returned normally; a failure would roll it back.
		String eventId = messages.fromMessage(captured).id();
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT count(*) FROM platform.inbox WHERE consumer = :consumer AND event_id = :id""")
			.param("consumer", paymentEventsQueue.name())
			.param("id", eventId)
			.query(Integer.class)
			.single() == 1);
	}

	/**
	 * Publishes a marker event behind everything sent so far and waits until it is handled: the queue has one
	 * consumer, so everything before it was handled too.
	 */
	private void handledAllBefore(String orderId) {
		String marker = "marker-" + UUID.randomUUID();
		publish(message("payment.payment.failed", Map.of("paymentId", marker, "orderId", orderId, "reason", marker)));
		await().atMost(Duration.ofSeconds(20)).until(() -> timelineNotes(orderId).stream().anyMatch(n -> n.contains(marker)));
	}

	private List<String> timelineNotes(String orderId) {
		return jdbc.sql("SELECT note FROM order_timeline WHERE order_id = :id").param("id", orderId)
			.query(String.class).list();
	}

	private Message message(String type, Map<String, Object> payload) {
		EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), type, 1, Instant.now(), "payment",
				String.valueOf(payload.get("paymentId")), null, null, json.valueToTree(payload));
		return messages.toMessage(envelope);
	}

	private void publish(Message message) {
		broker.send(events.exchange(), message.getMessageProperties().getType(), message);
	}
}
