package com.vurksha.search.feed;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventConsumers;
import com.vurksha.product.events.ProductEventTypes;

/** Wires the consumer of the product service's catalogue events to the index. */
@Configuration(proxyBeanMethods = false)
class FeedConfiguration {

	static final String CONSUMER = "search.catalogue";

	@Bean
	ConsumerQueue searchCatalogueQueue(EventConsumers consumers) {
		return consumers.queue(CONSUMER, ProductEventTypes.CATALOGUE.toArray(String[]::new));
	}

	@Bean
	Declarables searchCatalogueDeclarations(ConsumerQueue searchCatalogueQueue) {
		return searchCatalogueQueue.declarables();
	}

	@Bean
	SimpleMessageListenerContainer searchCatalogue(EventConsumers consumers, ConsumerQueue searchCatalogueQueue,
			CatalogueEventHandler handler) {
		return consumers.container(searchCatalogueQueue, handler);
	}
}
