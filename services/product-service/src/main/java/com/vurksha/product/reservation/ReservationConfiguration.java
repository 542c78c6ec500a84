package com.vurksha.product.reservation;

import java.time.Duration;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventConsumers;
import com.vurksha.platform.jobs.PeriodicJob;

/** Wires the reservation expiry job and the consumer of order events. */
@Configuration(proxyBeanMethods = false)
class ReservationConfiguration {

	/** The queue is named after this service, so the delivery service's consumer of the same events has its own. */
	static final String CONSUMER = "product.order-events";

	@Bean
	ConsumerQueue productOrderEventsQueue(EventConsumers consumers) {
		return consumers.queue(CONSUMER, OrderEvents.CONFIRMED, OrderEvents.CANCELLED);
	}

	@Bean
	Declarables productOrderEventsDeclarations(ConsumerQueue productOrderEventsQueue) {
		return productOrderEventsQueue.declarables();
	}

	@Bean
	SimpleMessageListenerContainer productOrderEvents(EventConsumers consumers, ConsumerQueue productOrderEventsQueue,
			OrderEvents handler) {
		return consumers.container(productOrderEventsQueue, handler);
	}

	@Bean
	@ConditionalOnProperty(name = "vurksha.reservations.expiry.enabled", matchIfMissing = true)
	PeriodicJob reservationExpiryJob(ReservationExpiry expiry, ReservationProperties properties) {
		return new PeriodicJob("reservation-expiry", properties.expiry().interval(), Duration.ofSeconds(5),
				expiry::expireDue);
	}
}
