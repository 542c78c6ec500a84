package com.vurksha.order.checkout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.order.support.OrderServiceIntegrationTest;
import com.vurksha.platform.events.EventsProperties;
import com.vurksha.platformtest.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * RabbitMQ is unreachable while customers place orders: the orders succeed and their events wait in the outbox;
 * once the broker is back the platform's relay publishes each of them exactly once. The application starts
 * pointed at a closed port and the test points it at the real broker later. No consumer queue is bound for order
 * events here, so they land in the exchange's unrouted queue, where the test counts them.
 */
class BrokerDownIntegrationTests extends OrderServiceIntegrationTest {

	private static final String REAL_BROKER = TestInfrastructure.HOST + ":" + TestInfrastructure.amqpPort();

	@DynamicPropertySource
	static void brokerDown(DynamicPropertyRegistry registry) {
		registry.add("spring.rabbitmq.addresses", () -> TestInfrastructure.HOST + ":1");
	}

	@Autowired
	CachingConnectionFactory connectionFactory;

	@Autowired
	EventsProperties events;

	@Autowired
	AmqpAdmin admin;

	@AfterEach
	void removeTheUnroutedQueue() {
		admin.deleteQueue(events.unroutedQueue());
	}

	@Test
	void ordersSucceedWhileRabbitMqIsDownAndTheirEventsArePublishedOnceItIsBack() {
		Customer asha = newCustomer();
		String cod = placed(asha, "COD");
		String online = placed(asha, "ONLINE");

		List<String> waiting = unsentEventIds();
		assertThat(waiting).hasSize(3);
		assertThat(outboxTypes(cod)).containsExactly("order.order.placed", "order.order.confirmed");
		assertThat(outboxTypes(online)).containsExactly("order.order.placed");
		// The relay has tried and failed (it marks the row it tried; the rest stay due, an outage not being their
		// fault); a later event of the same order waits behind the first one.
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("SELECT count(*) FROM platform.outbox WHERE sent_at IS NULL AND attempts >= 2")
				.query(Integer.class)
				.single() >= 1);

		brokerComesBack();

		await().atMost(Duration.ofSeconds(30)).until(() -> unsentEventIds().isEmpty());
		assertThat(publishedEventIds(waiting.size())).containsExactlyInAnyOrderElementsOf(waiting);
	}

	private void brokerComesBack() {
		connectionFactory.setAddresses(REAL_BROKER);
		connectionFactory.resetConnection();
	}

	private List<String> unsentEventIds() {
		return jdbc.sql("SELECT id::text FROM platform.outbox WHERE sent_at IS NULL").query(String.class).list();
	}

	/** Drains the unrouted queue after at least {@code expected} messages arrived; duplicates would show. */
	private List<String> publishedEventIds(int expected) {
		RabbitTemplate broker = new RabbitTemplate(connectionFactory);
		List<String> ids = new ArrayList<>();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			Message message;
			while ((message = broker.receive(events.unroutedQueue())) != null) {
				ids.add(message.getMessageProperties().getMessageId());
			}
			return ids.size() >= expected;
		});
		Message extra;
		while ((extra = broker.receive(events.unroutedQueue())) != null) {
			ids.add(extra.getMessageProperties().getMessageId());
		}
		return ids;
	}
}
