package com.vurksha.platform.events;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Feeds a consumer queue's messages through the {@link Inbox} to a handler. A failed message is rejected, which
 * sends it through the retry queue and back after the retry delay; once it has failed {@code maxAttempts} times,
 * or when it is not an envelope at all, it is parked in the dead-letter queue for a human to look at.
 */
public class InboxMessageListener implements MessageListener {

	/** Why a message was parked, on the dead-lettered copy. */
	public static final String FAILURE_HEADER = "x-failure";

	private static final Logger log = LoggerFactory.getLogger(InboxMessageListener.class);

	private final ConsumerQueue queue;

	private final Inbox inbox;

	private final EventMessages messages;

	private final EventHandler handler;

	private final RabbitTemplate deadLetters;

	private final int maxAttempts;

	InboxMessageListener(ConsumerQueue queue, Inbox inbox, EventMessages messages, EventHandler handler,
			RabbitTemplate deadLetters, int maxAttempts) {
		this.queue = queue;
		this.inbox = inbox;
		this.messages = messages;
		this.handler = handler;
		this.deadLetters = deadLetters;
		this.maxAttempts = maxAttempts;
	}

	@Override
	public void onMessage(Message message) {
		EventEnvelope event;
		try {
			event = messages.fromMessage(message);
		}
		catch (RuntimeException ex) {
			park(message, "not an event envelope: " + ex.getMessage());
			return;
		}
		try {
			inbox.handle(queue.name(), event, handler);
		}
		catch (RuntimeException ex) {
			int attempts = previousFailures(message) + 1;
			if (attempts >= maxAttempts) {
				park(message, ex.toString());
				return;
			}
			log.warn("Handling event {} ({}) in {} failed, attempt {} of {}: {}", event.id(), event.type(),
					queue.name(), attempts, maxAttempts, ex.toString());
			throw new AmqpRejectAndDontRequeueException("Retry later", ex);
		}
	}

	private void park(Message message, String reason) {
		log.error("Parking message {} in {}: {}", message.getMessageProperties().getMessageId(),
				queue.deadLetterQueue(), reason);
		message.getMessageProperties().setHeader(FAILURE_HEADER, reason);
		deadLetters.send(queue.deadLetterExchange(), "", message);
	}

	/** How often RabbitMQ dead-lettered this message out of the main queue, from its {@code x-death} header. */
	int previousFailures(Message message) {
		Object deaths = message.getMessageProperties().getHeaders().get("x-death");
		if (!(deaths instanceof List<?> entries)) {
			return 0;
		}
		for (Object entry : entries) {
			if (entry instanceof Map<?, ?> death && queue.name().equals(String.valueOf(death.get("queue")))
					&& death.get("count") instanceof Number count) {
				return count.intValue();
			}
		}
		return 0;
	}
}
