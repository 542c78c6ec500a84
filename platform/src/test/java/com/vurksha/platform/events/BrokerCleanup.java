package com.vurksha.platform.events;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.ApplicationContext;

import com.vurksha.platformtest.TestInfrastructure;

/** Deletes a consumer's queues and exchanges from the real broker after a test. */
final class BrokerCleanup {

	private BrokerCleanup() {
	}

	static void delete(ConsumerQueue queue) {
		CachingConnectionFactory factory = new CachingConnectionFactory(TestInfrastructure.HOST,
				TestInfrastructure.amqpPort());
		try {
			RabbitAdmin admin = new RabbitAdmin(factory);
			admin.deleteQueue(queue.name());
			admin.deleteQueue(queue.retryQueue());
			admin.deleteQueue(queue.deadLetterQueue());
			admin.deleteExchange(queue.retryExchange());
			admin.deleteExchange(queue.deadLetterExchange());
		}
		finally {
			factory.destroy();
		}
	}

	/** Deletes the unrouted queue and its exchange that a test context's events exchange declared. */
	static void deleteUnrouted(EventsProperties properties) {
		CachingConnectionFactory factory = new CachingConnectionFactory(TestInfrastructure.HOST,
				TestInfrastructure.amqpPort());
		try {
			RabbitAdmin admin = new RabbitAdmin(factory);
			admin.deleteQueue(properties.unroutedQueue());
			admin.deleteExchange(properties.unroutedQueue());
		}
		finally {
			factory.destroy();
		}
	}

	/**
	 * Stops the test application's catalogue watcher, then deletes its queues and the unrouted queue: what every
	 * test class on {@code EventsTestApplication} leaves on the shared broker. The consumer stops before its queues
	 * go, so it is not left consuming from a queue that no longer exists.
	 */
	static void deleteCatalogueWatcher(ApplicationContext context) {
		context.getBean("catalogueWatcher", SimpleMessageListenerContainer.class).stop();
		delete(context.getBean("catalogueWatcherQueue", ConsumerQueue.class));
		deleteUnrouted(context.getBean(EventsProperties.class));
	}
}
