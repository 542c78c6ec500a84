package com.vurksha.order.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventMessages;
import com.vurksha.platform.events.EventsProperties;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * Publishes other services' events to the real RabbitMQ as they would, and waits until the order service's
 * consumer has handled them: a handled event's id is in the consumer's inbox, committed with its effects, so an
 * event that was dropped as stale is there too while one that failed and waits for a retry is not.
 */
public final class EventBroker {

	private final RabbitTemplate rabbit;

	private final EventMessages messages;

	private final EventsProperties events;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	public EventBroker(ConnectionFactory connections, EventMessages messages, EventsProperties events, JsonMapper json,
			JdbcClient jdbc) {
		this.rabbit = new RabbitTemplate(connections);
		this.messages = messages;
		this.events = events;
		this.json = json;
		this.jdbc = jdbc;
	}

	/** Waits until the queue's consumer listens, so published events are not only queued. */
	public void awaitConsumer(AmqpAdmin admin, ConsumerQueue queue) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			QueueInformation info = admin.getQueueInfo(queue.name());
			return info != null && info.getConsumerCount() > 0;
		});
	}

	/** An event of {@code type} about the given aggregate, under a fresh event id. */
	public Message message(String type, String aggregateType, String aggregateId, Map<String, Object> payload) {
		return messages.toMessage(new EventEnvelope(UUID.randomUUID().toString(), type, 1, Instant.now(),
				aggregateType, aggregateId, null, null, json.valueToTree(payload)));
	}

	public void publish(Message message) {
		rabbit.send(events.exchange(), message.getMessageProperties().getType(), message);
	}

	/** Publishes the message and waits until the queue's consumer has handled it (or skipped it as a repeat). */
	public void publishAndAwait(Message message, ConsumerQueue queue) {
		publish(message);
		awaitHandled(message, queue);
	}

	public void awaitHandled(Message message, ConsumerQueue queue) {
		String eventId = messages.fromMessage(message).id();
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
				SELECT count(*) FROM platform.inbox WHERE consumer = :consumer AND event_id = :id""")
			.param("consumer", queue.name())
			.param("id", eventId)
			.query(Integer.class)
			.single() == 1);
	}
}
