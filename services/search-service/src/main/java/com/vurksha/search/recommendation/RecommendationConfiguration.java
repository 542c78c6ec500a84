package com.vurksha.search.recommendation;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventConsumers;

/** Wires the consumer of delivered orders, on a queue of its own so that it never holds back the index's events. */
@Configuration(proxyBeanMethods = false)
class RecommendationConfiguration {

	static final String CONSUMER = "search.order-deliveries";

	@Bean
	ConsumerQueue searchOrderDeliveriesQueue(EventConsumers consumers) {
		return consumers.queue(CONSUMER, DeliveredOrders.DELIVERED);
	}

	@Bean
	Declarables searchOrderDeliveriesDeclarations(ConsumerQueue searchOrderDeliveriesQueue) {
		return searchOrderDeliveriesQueue.declarables();
	}

	@Bean
	SimpleMessageListenerContainer searchOrderDeliveries(EventConsumers consumers,
			ConsumerQueue searchOrderDeliveriesQueue, DeliveredOrders handler) {
		return consumers.container(searchOrderDeliveriesQueue, handler);
	}
}
