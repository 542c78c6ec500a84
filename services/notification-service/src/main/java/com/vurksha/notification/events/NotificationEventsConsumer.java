package com.vurksha.notification.events;

import java.util.ArrayList;
import java.util.List;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.notification.recipient.UserEvents;
import com.vurksha.notification.template.NotifiedEvents;
import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventConsumers;

/**
 * The service's one queue, bound to every event it reacts to. One queue keeps a user's registration, an order's
 * events and their deliveries flowing through the same inbox and retry path.
 */
@Configuration(proxyBeanMethods = false)
class NotificationEventsConsumer {

	static final String CONSUMER = "notification-events";

	@Bean
	ConsumerQueue notificationEventsQueue(EventConsumers consumers) {
		List<String> types = new ArrayList<>(List.of(UserEvents.REGISTERED, UserEvents.PROFILE_UPDATED));
		types.addAll(NotifiedEvents.all());
		return consumers.queue(CONSUMER, types.toArray(String[]::new));
	}

	@Bean
	Declarables notificationEventsDeclarations(ConsumerQueue notificationEventsQueue) {
		return notificationEventsQueue.declarables();
	}

	@Bean
	SimpleMessageListenerContainer notificationEvents(EventConsumers consumers, ConsumerQueue notificationEventsQueue,
			NotificationEventHandler handler) {
		return consumers.container(notificationEventsQueue, handler);
	}
}
