package com.vurksha.cart.ordering;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import com.vurksha.cart.cart.Carts;
import com.vurksha.platform.error.TransientFailures;
import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventMessages;

/**
 * Takes an order's lines out of the customer's cart when {@code order.order.placed} arrives: the lines of the cart
 * version the order was placed from, never one the customer set afterwards (see {@link Carts#takeOrdered}). The platform's
 * inbox needs a database, which the cart does not have; instead the event id is marked in Redis in the same atomic
 * step that changes the cart, so a redelivered event changes nothing.
 *
 * <p>Failures follow the platform's consumer queues: a failed message is rejected into the retry queue and comes
 * back after the retry delay; after {@code maxAttempts} failures, or when it is not an event at all, it is parked
 * in the dead-letter queue. Redis being down says nothing about the message, so then it goes to the retry queue
 * without counting an attempt.
 */
class OrderPlacedListener implements MessageListener {

	private static final Logger log = LoggerFactory.getLogger(OrderPlacedListener.class);

	private final ConsumerQueue queue;

	private final EventMessages messages;

	private final Carts carts;

	private final RabbitTemplate rabbit;

	private final int maxAttempts;

	private final Duration dedupeTtl;

	private final Duration confirmTimeout;

	OrderPlacedListener(ConsumerQueue queue, EventMessages messages, Carts carts, RabbitTemplate rabbit,
			int maxAttempts, Duration dedupeTtl, Duration confirmTimeout) {
		this.queue = queue;
		this.messages = messages;
		this.carts = carts;
		this.rabbit = rabbit;
		this.maxAttempts = maxAttempts;
		this.dedupeTtl = dedupeTtl;
		this.confirmTimeout = confirmTimeout;
	}

	@Override
	public void onMessage(Message message) {
		EventEnvelope event;
		OrderPlaced placed;
		try {
			event = messages.fromMessage(message);
			placed = OrderPlaced.from(event.payload());
		}
		catch (RuntimeException ex) {
			forward(queue.deadLetterExchange(), message, "unreadable: " + ex.getMessage());
			return;
		}
		try {
			boolean applied = carts.takeOrdered(event.id(), placed.userId(), placed.quantities(), placed.cartVersion(),
					dedupeTtl);
			log.info("Order {} {} the cart of {}", placed.orderId(), applied ? "emptied its lines from" : "had already left",
					placed.userId());
		}
		catch (RuntimeException ex) {
			if (TransientFailures.isTransient(ex)) {
				forward(queue.retryExchange(), message, null);
				return;
			}
			if (deaths(message) + 1 >= maxAttempts) {
				forward(queue.deadLetterExchange(), message, ex.toString());
				return;
			}
			throw new AmqpRejectAndDontRequeueException("Retry later", ex);
		}
	}

	/** Publishes a copy and acknowledges the original only once the broker confirmed the copy. */
	private void forward(String exchange, Message message, String failure) {
		if (failure != null) {
			log.error("Parking message {} in {}: {}", message.getMessageProperties().getMessageId(),
					queue.deadLetterQueue(), failure);
			message.getMessageProperties().setHeader("x-failure", failure);
		}
		try {
			rabbit.invoke(operations -> {
				operations.send(exchange, "", message);
				operations.waitForConfirmsOrDie(confirmTimeout.toMillis());
				return null;
			});
		}
		catch (RuntimeException ex) {
			throw new AmqpRejectAndDontRequeueException("Could not forward the message to " + exchange, ex);
		}
	}

	/** How often RabbitMQ dead-lettered this message out of the main queue, from its {@code x-death} header. */
	private int deaths(Message message) {
		if (!(message.getMessageProperties().getHeaders().get("x-death") instanceof List<?> entries)) {
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
