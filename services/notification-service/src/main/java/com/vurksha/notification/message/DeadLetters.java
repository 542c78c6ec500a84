package com.vurksha.notification.message;

import java.util.Map;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.stereotype.Component;

import com.vurksha.notification.Masking;
import com.vurksha.platform.events.EventsProperties;
import com.vurksha.platform.events.Outbox;
import com.vurksha.platform.events.QueueType;

/**
 * The dead-letter queue of undeliverable messages: each is announced as {@code notification.message.dead-lettered}
 * through the outbox, in the transaction that marks it DEAD, and a durable queue bound to that type keeps the
 * announcements for operators and alerting even when nothing consumes them.
 */
@Component
class DeadLetters {

	static final String TYPE = "notification.message.dead-lettered";

	static final String QUEUE = "notification.dead-letter";

	private final Outbox outbox;

	DeadLetters(Outbox outbox) {
		this.outbox = outbox;
	}

	/** Must run in the transaction that marked the message DEAD. */
	void announce(OutgoingMessage message, int attempts, String reason) {
		outbox.append(TYPE, 1, "message", message.id(),
				Map.of("messageId", message.id(), "eventId", message.eventId(), "eventType", message.eventType(),
						"userId", message.userId(), "channel", message.channel().name(), "destination",
						Masking.mask(message.destination()), "attempts", attempts, "reason", reason));
	}

	/** The queue {@code <queue-prefix>notification.dead-letter}, bound to the events exchange for {@link #TYPE}. */
	static Declarables declarations(EventsProperties events) {
		String name = events.queuePrefix() + QUEUE;
		Map<String, Object> arguments = (events.queueType() == QueueType.QUORUM) ? Map.of("x-queue-type", "quorum")
				: Map.of();
		Queue queue = new Queue(name, true, false, false, arguments);
		return new Declarables(queue, new Binding(name, Binding.DestinationType.QUEUE, events.exchange(), TYPE, null));
	}
}
