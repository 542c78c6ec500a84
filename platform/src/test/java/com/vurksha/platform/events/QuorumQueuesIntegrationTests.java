package com.vurksha.platform.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vurksha.platform.events.testapp.EventsTestApplication;
import com.vurksha.platform.events.testapp.EventsTestApplication.Products;
import com.vurksha.platformtest.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code vurksha.events.queue-type=quorum} against the real RabbitMQ, as the drills' three-node cluster runs it:
 * every queue a service declares is a quorum queue, events flow through them (a failed delivery too, through the
 * retry queue and back), and an instance that restarts declares them again without complaint.
 */
class QuorumQueuesIntegrationTests {

	private final Map<String, Object> settings = settings();

	private ConfigurableApplicationContext running;

	@AfterEach
	void stopAndDeleteQueues() {
		if (running != null) {
			EventsProperties properties = running.getBean(EventsProperties.class);
			ConsumerQueue queue = running.getBean("catalogueWatcherQueue", ConsumerQueue.class);
			running.close();
			BrokerCleanup.delete(queue);
			BrokerCleanup.deleteUnrouted(properties);
		}
	}

	@Test
	void declaresEveryQueueAsQuorumAndDeliversThroughThemAcrossARestart() {
		running = start();
		ConsumerQueue queue = running.getBean("catalogueWatcherQueue", ConsumerQueue.class);
		EventsProperties properties = running.getBean(EventsProperties.class);
		// fails its first delivery: dead-lettered into the quorum retry queue and back
		String flaky = running.getBean(Products.class).rename("p-flaky", "flaky tomato").id();
		await().atMost(Duration.ofSeconds(30)).until(() -> seen(running, flaky) == 1);

		assertThat(List.of(queue.name(), queue.retryQueue(), queue.deadLetterQueue(), properties.unroutedQueue()))
			.allSatisfy(name -> assertThat(isQuorum(name)).as("%s is a quorum queue", name).isTrue());

		running.close();
		running = start();

		String afterRestart = running.getBean(Products.class).rename("p-okra", "Okra").id();
		await().atMost(Duration.ofSeconds(30)).until(() -> seen(running, afterRestart) == 1);
		assertThat(seen(running, flaky)).isEqualTo(1);
	}

	/**
	 * A classic queue of the same name, left from before the switch to quorum, cannot be declared again as quorum
	 * (PRECONDITION_FAILED). That one refusal must not stop the service's other declarations: without them no
	 * binding and no unrouted queue exist, and the broker confirms events only to drop them.
	 */
	@Test
	void keepsDeliveringWhenAClassicQueueOfTheSameNameIsInTheWay() {
		String mainQueue = settings.get("vurksha.events.queue-prefix") + EventsTestApplication.CONSUMER;
		CachingConnectionFactory factory = new CachingConnectionFactory(TestInfrastructure.HOST,
				TestInfrastructure.amqpPort());
		try {
			new RabbitAdmin(factory).declareQueue(new Queue(mainQueue, true, false, false));
		}
		finally {
			factory.destroy();
		}

		running = start();
		String event = running.getBean(Products.class).rename("p-beans", "Beans").id();

		// delivered through the old classic queue, which stays until an operator replaces it
		await().atMost(Duration.ofSeconds(30)).until(() -> seen(running, event) == 1);
		ConsumerQueue queue = running.getBean("catalogueWatcherQueue", ConsumerQueue.class);
		assertThat(isQuorum(queue.retryQueue())).isTrue();
		assertThat(isQuorum(running.getBean(EventsProperties.class).unroutedQueue())).isTrue();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(EventsTestApplication.class).web(WebApplicationType.NONE)
			.properties(settings)
			.run();
	}

	/**
	 * RabbitMQ refuses to declare a quorum queue again without its {@code x-queue-type}, naming that argument; a
	 * classic queue declared the same way is accepted.
	 */
	private boolean isQuorum(String name) {
		CachingConnectionFactory factory = new CachingConnectionFactory(TestInfrastructure.HOST,
				TestInfrastructure.amqpPort());
		try {
			RabbitAdmin admin = new RabbitAdmin(factory);
			Map<String, Object> arguments = new HashMap<>(declaredArguments(name));
			arguments.remove("x-queue-type");
			try {
				admin.declareQueue(new Queue(name, true, false, false, arguments));
				return false;
			}
			catch (RuntimeException ex) {
				assertThat(ex).hasStackTraceContaining("PRECONDITION_FAILED").hasStackTraceContaining("x-queue-type");
				return true;
			}
		}
		finally {
			factory.destroy();
		}
	}

	private Map<String, Object> declaredArguments(String name) {
		ConsumerQueue queue = running.getBean("catalogueWatcherQueue", ConsumerQueue.class);
		if (name.equals(queue.name())) {
			return queue.mainArguments();
		}
		if (name.equals(queue.retryQueue())) {
			return queue.retryArguments();
		}
		return ConsumerQueue.typeArguments(QueueType.QUORUM);
	}

	private static long seen(ConfigurableApplicationContext context, String eventId) {
		return context.getBean(JdbcClient.class)
			.sql("SELECT count(*) FROM test_seen_events WHERE event_id = :id")
			.param("id", eventId)
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> settings() {
		Map<String, Object> settings = new HashMap<>();
		TestInfrastructure.register((name, value) -> settings.put(name, value.get()));
		settings.put("spring.flyway.locations", "classpath:db/events-test");
		settings.put("vurksha.events.queue-type", "quorum");
		settings.put("vurksha.events.consumer.retry-delay", "200ms");
		settings.put("vurksha.events.queue-prefix", settings.get("vurksha.events.queue-prefix") + "q"
				+ UUID.randomUUID().toString().substring(0, 8) + ".");
		return settings;
	}
}
