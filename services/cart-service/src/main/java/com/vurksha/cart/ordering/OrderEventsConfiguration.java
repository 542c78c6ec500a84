package com.vurksha.cart.ordering;

import java.util.List;
import java.util.Map;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.cart.cart.Carts;
import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventMessages;
import com.vurksha.platform.events.EventsProperties;
import com.vurksha.platform.events.QueueType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cart's queue for order events and its listener container. The platform's events auto-configuration, which
 * would declare the events exchange and give {@code EventConsumers}, needs a database; the cart has none, so it
 * declares the same exchange and the platform's {@link ConsumerQueue} layout (retry queue, dead-letter queue) itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ EventsProperties.class, OrderEventsProperties.class })
class OrderEventsConfiguration {

	/** The queue's name after the events queue prefix. */
	static final String CONSUMER = "cart.order-events";

	@Bean
	ConsumerQueue cartOrderEventsQueue(EventsProperties events) {
		return new ConsumerQueue(events.queuePrefix() + CONSUMER, events.exchange(), List.of(OrderPlaced.TYPE),
				events.queueType(), events.consumer().retryDelay().toMillis());
	}

	/** Declared exactly as every other service declares it, since RabbitMQ refuses a redeclaration that differs. */
	@Bean
	Declarables cartEventsExchange(EventsProperties events) {
		String unrouted = events.unroutedQueue();
		TopicExchange exchange = new TopicExchange(events.exchange(), true, false,
				Map.of("alternate-exchange", unrouted, "alternateExchange", unrouted));
		FanoutExchange unroutedExchange = new FanoutExchange(unrouted, true, false);
		Map<String, Object> type = (events.queueType() == QueueType.QUORUM) ? Map.of("x-queue-type", "quorum")
				: Map.of();
		Queue unroutedQueue = new Queue(unrouted, true, false, false, type);
		return new Declarables(unroutedExchange, exchange, unroutedQueue,
				BindingBuilder.bind(unroutedQueue).to(unroutedExchange));
	}

	@Bean
	Declarables cartOrderEventsDeclarables(ConsumerQueue cartOrderEventsQueue) {
		return cartOrderEventsQueue.declarables();
	}

	/** Connects in the background, so the cart serves while the broker is down and catches up after. */
	@Bean
	SimpleMessageListenerContainer cartOrderEvents(ConnectionFactory connectionFactory, ConsumerQueue cartOrderEventsQueue,
			Carts carts, JsonMapper json, EventsProperties events, OrderEventsProperties orderEvents) {
		OrderPlacedListener listener = new OrderPlacedListener(cartOrderEventsQueue, new EventMessages(json), carts,
				new RabbitTemplate(connectionFactory), events.consumer().maxAttempts(), orderEvents.dedupeTtl(),
				events.relay().confirmTimeout());
		SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
		container.setQueueNames(cartOrderEventsQueue.name());
		container.setMessageListener(listener);
		container.setAcknowledgeMode(AcknowledgeMode.AUTO);
		container.setDefaultRequeueRejected(false);
		container.setPrefetchCount(events.consumer().prefetch());
		container.setMissingQueuesFatal(false);
		container.setObservationEnabled(true);
		return container;
	}
}
