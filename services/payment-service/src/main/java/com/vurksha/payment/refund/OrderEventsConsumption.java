package com.vurksha.payment.refund;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventConsumers;

/** The payment service's queue for the order events it refunds on, consumed through the platform inbox. */
@Configuration(proxyBeanMethods = false)
class OrderEventsConsumption {

	@Bean
	ConsumerQueue paymentOrderEventsQueue(EventConsumers consumers) {
		return consumers.queue("payment-service.order-events", OrderEventsConsumer.CANCELLED,
				OrderEventsConsumer.REFUND_REQUESTED);
	}

	@Bean
	Declarables paymentOrderEventsDeclarations(ConsumerQueue paymentOrderEventsQueue) {
		return paymentOrderEventsQueue.declarables();
	}

	@Bean
	SimpleMessageListenerContainer paymentOrderEvents(EventConsumers consumers, ConsumerQueue paymentOrderEventsQueue,
			OrderEventsConsumer consumer) {
		return consumers.container(paymentOrderEventsQueue, consumer);
	}
}
