package com.vurksha.order.delivery;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventConsumers;

/** The order service's queue for delivery events and the container that feeds them through the inbox. */
@Configuration(proxyBeanMethods = false)
class DeliveryEventsConsumer {

	static final String CONSUMER = "order-service.deliveries";

	@Bean
	ConsumerQueue deliveryEventsQueue(EventConsumers consumers) {
		return consumers.queue(CONSUMER, DeliveryEvents.PICKED_UP, DeliveryEvents.DELIVERED, DeliveryEvents.FAILED);
	}

	@Bean
	Declarables deliveryEventsDeclarations(ConsumerQueue deliveryEventsQueue) {
		return deliveryEventsQueue.declarables();
	}

	@Bean
	SimpleMessageListenerContainer deliveryEventsContainer(EventConsumers consumers,
			ConsumerQueue deliveryEventsQueue, DeliveryEvents handler) {
		return consumers.container(deliveryEventsQueue, handler);
	}
}
