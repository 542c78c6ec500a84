package com.vurksha.delivery.rider;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventConsumers;

/** The delivery service's queue for user registrations, consumed through the platform inbox. */
@Configuration(proxyBeanMethods = false)
class UserEventsConsumer {

	static final String CONSUMER = "delivery-user-events";

	@Bean
	ConsumerQueue deliveryUserEventsQueue(EventConsumers consumers) {
		return consumers.queue(CONSUMER, RiderRegistrations.REGISTERED);
	}

	@Bean
	Declarables deliveryUserEventsDeclarations(ConsumerQueue deliveryUserEventsQueue) {
		return deliveryUserEventsQueue.declarables();
	}

	@Bean
	SimpleMessageListenerContainer deliveryUserEvents(EventConsumers consumers, ConsumerQueue deliveryUserEventsQueue,
			RiderRegistrations handler) {
		return consumers.container(deliveryUserEventsQueue, handler);
	}
}
