package com.vurksha.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import com.vurksha.platform.error.TransientFailures;

/**
 * Feeds a consumer queue's messages through the {@link Inbox} to a handler.
 *
 * <ul>
 * <li>A failed message is rejected, which sends it through the retry queue and back after the retry delay; once
 * it has failed {@code maxAttempts} times, or when it is not an envelope at all, it is parked in the dead-letter
 * queue for a human to look at.</li>
 * <li>A transient failure ({@link TransientFailures}, e.g. the consumer's own database is down) says nothing
 * about the message, so it does not count as an attempt: a copy goes to the retry queue and the original is
 * acknowledged once the broker confirmed the copy.</li>
 * <li>A parked copy is acknowledged only once the broker confirmed it, so parking never loses a message. It
 * records how many attempts it had used, so a message moved back from the dead-letter queue after a fix gets
 * its full {@code maxAttempts} again.</li>
 * </ul>
 */
public class InboxMessageListener implements MessageListener {

	/** Why a message was parked, on the dead-lettered copy. */
	public static final String FAILURE_HEADER = "x-failure";

	/** On a parked copy: the broker's death count of the main queue at parking, not counted again afterwards. */
	public static final String ATTEMPTS_BEFORE_PARKING_HEADER = "x-attempts-before-parking";

	private static final Logger log = LoggerFactory.getLogger(InboxMessageListener.class);

	private final ConsumerQueue queue;

	private final Inbox inbox;

	private final EventMessages messages;

	private final EventHandler handler;

	private final RabbitTemplate rabbit;

	private final int maxAttempts;

	private final Duration confirmTimeout;

	InboxMessageListener(ConsumerQueue queue, Inbox inbox, EventMessages messages, EventHandler handler,
			RabbitTemplate rabbit, int maxAttempts, Duration confirmTimeout) {
		this.queue = queue;
		this.inbox = inbox;
		this.messages = messages;
		this.handler = handler;
		this.rabbit = rabbit;
		this.maxAttempts = maxAttempts;
		this.confirmTimeout = confirmTimeout;
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
			if (TransientFailures.isTransient(ex)) {
				retryWithoutCounting(message, event, ex);
				return;
			}
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

	private void retryWithoutCounting(Message message, EventEnvelope event, RuntimeException failure) {
		log.warn("Handling event {} ({}) in {} failed transiently, retrying without counting an attempt: {}",
				event.id(), event.type(), queue.name(), failure.toString());
		try {
			publishConfirmed(queue.retryExchange(), message);
		}
		catch (RuntimeException ex) {
			// Rejecting costs an attempt but still loses nothing.
			throw new AmqpRejectAndDontRequeueException("Retry later; the uncounted retry failed: " + ex, failure);
		}
	}

	private void park(Message message, String reason) {
		log.error("Parking message {} in {}: {}", message.getMessageProperties().getMessageId(),
				queue.deadLetterQueue(), reason);
		message.getMessageProperties().setHeader(FAILURE_HEADER, reason);
		message.getMessageProperties().setHeader(ATTEMPTS_BEFORE_PARKING_HEADER, deaths(message));
		try {
			publishConfirmed(queue.deadLetterExchange(), message);
		}
		catch (RuntimeException ex) {
			// Not parked: reject, so the message comes back through the retry queue and parking is tried again.
			throw new AmqpRejectAndDontRequeueException("Could not park the message: " + ex, ex);
		}
	}

	private void publishConfirmed(String exchange, Message message) {
		rabbit.invoke(operations -> {
			operations.send(exchange, "", message);
			operations.waitForConfirmsOrDie(confirmTimeout.toMillis());
			return null;
		});
	}

	/** How often this message failed in this queue since it was last parked (if ever). */
	int previousFailures(Message message) {
		Object parkedAfter = message.getMessageProperties().getHeaders().get(ATTEMPTS_BEFORE_PARKING_HEADER);
		int alreadyUsed = (parkedAfter instanceof Number number) ? number.intValue() : 0;
		return Math.max(0, deaths(message) - alreadyUsed);
	}

	/** How often RabbitMQ dead-lettered this message out of the main queue, from its {@code x-death} header. */
	private int deaths(Message message) {
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
