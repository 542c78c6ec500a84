package com.vurksha.delivery.orderevents;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventConsumers;

/** The delivery service's queue for order events, consumed through the platform inbox. */
@Configuration(proxyBeanMethods = false)
class OrderEventsConsumer {

	static final String CONSUMER = "delivery-order-events";

	@Bean
	ConsumerQueue deliveryOrderEventsQueue(EventConsumers consumers) {
		return consumers.queue(CONSUMER, OrderEventHandler.CONFIRMED, OrderEventHandler.CANCELLED,
				OrderEventHandler.PACKED);
	}

	@Bean
	Declarables deliveryOrderEventsDeclarations(ConsumerQueue deliveryOrderEventsQueue) {
		return deliveryOrderEventsQueue.declarables();
	}

	@Bean
	SimpleMessageListenerContainer deliveryOrderEvents(EventConsumers consumers,
			ConsumerQueue deliveryOrderEventsQueue, OrderEventHandler handler) {
		return consumers.container(deliveryOrderEventsQueue, handler);
	}
}
