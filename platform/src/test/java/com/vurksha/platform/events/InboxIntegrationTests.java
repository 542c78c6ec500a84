package com.vurksha.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platform.events.testapp.EventsTestApplication.Products;
import com.vurksha.platform.events.testapp.EventsTestApplication.SeenEvents;
import com.vurksha.platform.events.testapp.EventsTestApplication;
import com.vurksha.platformtest.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A consumer's queue topology and inbox against the real RabbitMQ: retry after a delay, then the DLQ. */
// Small connection pools: cached test contexts and other suites share one PostgreSQL server.
@SpringBootTest(classes = EventsTestApplication.class,
		properties = { "spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.minimum-idle=1",
				"spring.flyway.locations=classpath:db/events-test", "vurksha.events.consumer.retry-delay=200ms",
				"vurksha.events.consumer.max-attempts=3" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxIntegrationTests {

	@Autowired
	Products products;

	@Autowired
	ConsumerQueue catalogueWatcherQueue;

	@Autowired
	SimpleMessageListenerContainer catalogueWatcher;

	@Autowired
	ConnectionFactory connectionFactory;

	@Autowired
	EventsProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SeenEvents seenEvents;

	@Autowired
	EventMessages eventMessages;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
	}

	@AfterAll
	void deleteConsumerQueues() {
		catalogueWatcher.stop();
		BrokerCleanup.delete(catalogueWatcherQueue);
		BrokerCleanup.deleteUnrouted(properties);
	}

	@Test
	void doesNotCountFailuresWhileTheConsumersDatabaseIsDown() {
		EventEnvelope event = products.rename("p-onion", "outage onion");

		await().atMost(Duration.ofSeconds(30)).until(() -> seenCount(event) == 1);
		assertThat(SeenEvents.OUTAGE_DELIVERIES).as("more transient failures than max-attempts")
			.isGreaterThan(properties.consumer().maxAttempts());
		assertThat(inboxCount(event)).isEqualTo(1);
	}

	@Test
	void handlesAnEventInTheProducersTrace() {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		EventEnvelope event = new EventEnvelope(UUID.randomUUID().toString(), "product.product.renamed", 1,
				Instant.now(), "product", "p-traced", null, "00-" + traceId + "-00f067aa0ba902b7-01",
				JSON.createObjectNode().put("id", "p-traced").put("name", "Traced tomato"));

		new RabbitTemplate(connectionFactory).send(properties.exchange(), event.type(), eventMessages.toMessage(event));

		await().atMost(Duration.ofSeconds(30)).until(() -> seenCount(event) == 1);
		assertThat(seenEvents.traceIds).containsEntry(event.id(), traceId);
	}

	@Test
	void keepsAnEventNoQueueIsBoundForInTheUnroutedQueue() {
		MessageProperties messageProperties = new MessageProperties();
		messageProperties.setMessageId("nobody-listens");
		RabbitTemplate rabbit = new RabbitTemplate(connectionFactory);
		rabbit.send(properties.exchange(), "farm.farm.opened", new Message(new byte[] { '{', '}' }, messageProperties));

		AtomicReference<Message> unrouted = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> unrouted.updateAndGet(
					found -> (found != null) ? found : rabbit.receive(properties.unroutedQueue())) != null);
		assertThat(unrouted.get().getMessageProperties().getMessageId()).isEqualTo("nobody-listens");
	}

	@Test
	void handlesAnEventOnce() {
		EventEnvelope event = products.rename("p-carrot", "Carrot (Ooty)");

		await().atMost(Duration.ofSeconds(30)).until(() -> seenCount(event) == 1);
		assertThat(inboxCount(event)).isEqualTo(1);
	}

	@Test
	void retriesAFailedEventAfterTheDelayAndHandlesItOnce() {
		EventEnvelope event = products.rename("p-beans", "flaky beans");

		await().atMost(Duration.ofSeconds(30)).until(() -> seenCount(event) == 1);
		assertThat(inboxCount(event)).isEqualTo(1);
	}

	@Nested
	class ParksInTheDeadLetterQueue {

		@Test
		void anEventThatKeepsFailing() {
			EventEnvelope event = products.rename("p-ivy", "poison ivy");

			Message parked = awaitDeadLetter();

			assertThat(parked.getMessageProperties().getMessageId()).isEqualTo(event.id());
			assertThat((String) parked.getMessageProperties().getHeader(InboxMessageListener.FAILURE_HEADER))
				.contains("cannot handle poison ivy");
			assertThat(seenCount(event)).isZero();
			assertThat(inboxCount(event)).as("the failed handling left no inbox entry").isZero();
		}

		@Test
		void aMessageThatIsNotAnEnvelope() {
			MessageProperties messageProperties = new MessageProperties();
			messageProperties.setMessageId("not-an-envelope");
			new RabbitTemplate(connectionFactory).send(properties.exchange(), "product.product.junk",
					new Message("this is not json".getBytes(StandardCharsets.UTF_8), messageProperties));

			Message parked = awaitDeadLetter();

			assertThat(parked.getMessageProperties().getMessageId()).isEqualTo("not-an-envelope");
			assertThat((String) parked.getMessageProperties().getHeader(InboxMessageListener.FAILURE_HEADER))
				.startsWith("not an event envelope");
		}

		private Message awaitDeadLetter() {
			RabbitTemplate rabbit = new RabbitTemplate(connectionFactory);
			AtomicReference<Message> parked = new AtomicReference<>();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> parked.updateAndGet(
						found -> (found != null) ? found : rabbit.receive(catalogueWatcherQueue.deadLetterQueue())) != null);
			return parked.get();
		}
	}

	@Test
	void declaresQuorumQueuesWhenConfiguredTo() {
		ConsumerQueue quorum = new ConsumerQueue(catalogueWatcherQueue.name() + "-quorum", properties.exchange(),
				List.of("product.#"), QueueType.QUORUM, 1000);
		RabbitAdmin admin = new RabbitAdmin(connectionFactory);
		try {
			declare(admin, quorum.declarables().getDeclarables());

			assertThat(admin.getQueueProperties(quorum.name())).isNotNull();
			Map<String, Object> classicArguments = new HashMap<>(quorum.mainArguments());
			classicArguments.remove("x-queue-type");
			Queue classicTwin = new Queue(quorum.name(), true, false, false, classicArguments);
			assertThatThrownBy(() -> admin.declareQueue(classicTwin))
				.as("RabbitMQ refuses to redeclare a quorum queue as classic")
				.hasStackTraceContaining("x-queue-type");
		}
		finally {
			BrokerCleanup.delete(quorum);
		}
	}

	private static void declare(RabbitAdmin admin, java.util.Collection<Declarable> declarables) {
		declarables.stream().filter(Exchange.class::isInstance).forEach(d -> admin.declareExchange((Exchange) d));
		declarables.stream().filter(Queue.class::isInstance).forEach(d -> admin.declareQueue((Queue) d));
		declarables.stream()
			.filter(org.springframework.amqp.core.Binding.class::isInstance)
			.forEach(d -> admin.declareBinding((org.springframework.amqp.core.Binding) d));
	}

	private long seenCount(EventEnvelope event) {
		return jdbc.sql("SELECT count(*) FROM test_seen_events WHERE event_id = :id")
			.param("id", event.id())
			.query(Long.class)
			.single();
	}

	private long inboxCount(EventEnvelope event) {
		return jdbc.sql("SELECT count(*) FROM platform.inbox WHERE event_id = :id")
			.param("id", event.id())
			.query(Long.class)
			.single();
	}
}
