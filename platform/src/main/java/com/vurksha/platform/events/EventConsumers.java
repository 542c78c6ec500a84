package com.vurksha.platform.events;

import java.util.List;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

/**
 * Builds what a service needs to consume events: its queue declarations and a listener container that runs the
 * handler through the inbox. Register both as beans:
 * <pre>
 * &#64;Bean Declarables orderEventsQueue(EventConsumers consumers) {
 *     return consumers.queue("order-events", "order.order.*").declarables(); }
 * &#64;Bean SimpleMessageListenerContainer orderEvents(EventConsumers consumers, OrderEventHandler handler) {
 *     return consumers.container(consumers.queue("order-events", "order.order.*"), handler); }
 * </pre>
 * The container connects in the background, so a service starts and serves while the broker is down, and after
 * losing the broker it tries again every {@code vurksha.events.consumer.recovery-interval} until it is back.
 */
public class EventConsumers {

	private final ConnectionFactory connectionFactory;

	private final Inbox inbox;

	private final EventMessages messages;

	private final EventsProperties properties;

	EventConsumers(ConnectionFactory connectionFactory, Inbox inbox, EventMessages messages,
			EventsProperties properties) {
		this.connectionFactory = connectionFactory;
		this.inbox = inbox;
		this.messages = messages;
		this.properties = properties;
	}

	/** The queue named {@code <queue-prefix><consumer>}, bound to the events exchange with the given patterns. */
	public ConsumerQueue queue(String consumer, String... routingPatterns) {
		return new ConsumerQueue(properties.queuePrefix() + consumer, properties.exchange(), List.of(routingPatterns),
				properties.queueType(), properties.consumer().retryDelay().toMillis());
	}

	public InboxMessageListener listener(ConsumerQueue queue, EventHandler handler) {
		return new InboxMessageListener(queue, inbox, messages, handler, new RabbitTemplate(connectionFactory),
				properties.consumer().maxAttempts(), properties.relay().confirmTimeout());
	}

	/**
	 * The container observes each delivery, so the handler runs in a span that continues the producer's trace
	 * from the message's {@code traceparent} header.
	 */
	public SimpleMessageListenerContainer container(ConsumerQueue queue, EventHandler handler) {
		SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
		container.setQueueNames(queue.name());
		container.setMessageListener(listener(queue, handler));
		container.setAcknowledgeMode(AcknowledgeMode.AUTO);
		container.setDefaultRequeueRejected(false);
		container.setPrefetchCount(properties.consumer().prefetch());
		container.setConcurrentConsumers(properties.consumer().concurrency());
		container.setMissingQueuesFatal(false);
		container.setRecoveryInterval(properties.consumer().recoveryInterval().toMillis());
		container.setObservationEnabled(true);
		return container;
	}
}
