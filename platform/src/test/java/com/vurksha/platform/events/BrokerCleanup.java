package com.vurksha.platform.events;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

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
}
