package com.vurksha.files.reference;

import java.util.stream.Stream;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.delivery.events.DeliveryFailed;
import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventConsumers;
import com.vurksha.product.events.ProductEventTypes;

/** The queue of the events that say what refers to a file: product images, failed deliveries' proofs. */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

	static final String CONSUMER = "file.references";

	@Bean
	ConsumerQueue fileReferencesQueue(EventConsumers consumers) {
		String[] types = Stream
			.concat(ProductEventTypes.FILES.stream(), Stream.of(DeliveryFailed.TYPE))
			.toArray(String[]::new);
		return consumers.queue(CONSUMER, types);
	}

	@Bean
	Declarables fileReferencesDeclarations(ConsumerQueue fileReferencesQueue) {
		return fileReferencesQueue.declarables();
	}

	@Bean
	SimpleMessageListenerContainer fileReferences(EventConsumers consumers, ConsumerQueue fileReferencesQueue,
			ReferenceEventHandler handler) {
		return consumers.container(fileReferencesQueue, handler);
	}
}
