package com.vurksha.order.payment;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventConsumers;

/** The order service's queue for payment events and the container that feeds them through the inbox. */
@Configuration(proxyBeanMethods = false)
class PaymentEventsConsumer {

	static final String CONSUMER = "order-service.payments";

	@Bean
	ConsumerQueue paymentEventsQueue(EventConsumers consumers) {
		return consumers.queue(CONSUMER, PaymentEvents.CAPTURED, PaymentEvents.FAILED, PaymentEvents.REFUND_PROCESSED);
	}

	@Bean
	Declarables paymentEventsDeclarations(ConsumerQueue paymentEventsQueue) {
		return paymentEventsQueue.declarables();
	}

	@Bean
	SimpleMessageListenerContainer paymentEventsContainer(EventConsumers consumers, ConsumerQueue paymentEventsQueue,
			PaymentEvents handler) {
		return consumers.container(paymentEventsQueue, handler);
	}
}
