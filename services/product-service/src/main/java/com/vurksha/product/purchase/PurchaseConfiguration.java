package com.vurksha.product.purchase;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventConsumers;

/**
 * Wires the consumer of delivered orders. It has a queue of its own rather than joining the reservations' one: the
 * inbox remembers handled events per queue, and a failure recording purchases must not hold back stock commits.
 */
@Configuration(proxyBeanMethods = false)
class PurchaseConfiguration {

	static final String CONSUMER = "product.order-deliveries";

	@Bean
	ConsumerQueue productOrderDeliveriesQueue(EventConsumers consumers) {
		return consumers.queue(CONSUMER, DeliveredOrders.DELIVERED);
	}

	@Bean
	Declarables productOrderDeliveriesDeclarations(ConsumerQueue productOrderDeliveriesQueue) {
		return productOrderDeliveriesQueue.declarables();
	}

	@Bean
	SimpleMessageListenerContainer productOrderDeliveries(EventConsumers consumers,
			ConsumerQueue productOrderDeliveriesQueue, DeliveredOrders handler) {
		return consumers.container(productOrderDeliveriesQueue, handler);
	}
}
