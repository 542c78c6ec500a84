package com.vurksha.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.platform.events.testapp.EventsTestApplication;
import com.vurksha.platform.events.testapp.EventsTestApplication.Products;
import com.vurksha.platformtest.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The relay publishes right after the commit that wrote outbox rows. The poll interval is an hour here, far
 * longer than any wait below, so every event that arrives was sent by a run the commit woke.
 */
@SpringBootTest(classes = EventsTestApplication.class,
		properties = { "spring.flyway.locations=classpath:db/events-test", "vurksha.events.relay.interval=1h" })
@Import(OutboxRelayWakeUpIntegrationTests.HookedRelay.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRelayWakeUpIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	Products products;

	@Autowired
	HookedPublisher publisher;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		// four writers, the relay, the consumer and the test itself
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> 8);
	}

	@AfterAll
	void deleteConsumerQueues() {
		BrokerCleanup.deleteCatalogueWatcher(context);
	}

	@Test
	void publishesAnEventRightAfterItsTransactionCommits() {
		EventEnvelope event = products.rename("p-garlic", "Garlic");

		await().atMost(PATIENCE).until(() -> seen(event));
	}

	@Test
	void publishesNothingForATransactionThatRolledBack() {
		assertThatThrownBy(() -> products.renameThenFail("p-ghost", "Ghost pepper"))
			.isInstanceOf(IllegalStateException.class);
		EventEnvelope later = products.rename("p-chilli", "Chilli");

		await().atMost(PATIENCE).until(() -> seen(later));
		assertThat(jdbc.sql("SELECT count(*) FROM test_seen_events WHERE name = 'Ghost pepper'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void deliversABurstAcrossAggregatesCompletelyAndEachAggregateInOrder() throws Exception {
		int aggregates = 20;
		int perAggregate = 25;
		ExecutorService writers = Executors.newFixedThreadPool(4);
		List<Future<EventEnvelope>> written = new ArrayList<>();
		try {
			for (int round = 0; round < perAggregate; round++) {
				for (int aggregate = 0; aggregate < aggregates; aggregate++) {
					String id = "p-burst-" + aggregate;
					String name = "burst " + round;
					written.add(writers.submit(() -> products.rename(id, name)));
				}
			}
			for (Future<EventEnvelope> each : written) {
				each.get();
			}
		}
		finally {
			writers.shutdown();
		}

		await().atMost(PATIENCE).until(() -> seenCount("p-burst-%") == aggregates * perAggregate);
		// An aggregate's rows serialise on its product row, so the outbox order is the commit order.
		assertThat(jdbc.sql("""
				SELECT count(*) FROM (
				    SELECT rank() OVER (PARTITION BY o.aggregate_id ORDER BY o.seq) AS written,
				        rank() OVER (PARTITION BY o.aggregate_id ORDER BY s.seen) AS handled
				    FROM test_seen_events s JOIN platform.outbox o ON o.id = CAST(s.event_id AS uuid)
				    WHERE o.aggregate_id LIKE 'p-burst-%') r
				WHERE written <> handled
				""").query(Long.class).single()).as("events handled out of their aggregate's order").isZero();
	}

	@Test
	void publishesAnEventCommittedWhileARunIsFinishingInTheNextRun() {
		AtomicReference<EventEnvelope> committedDuringRun = new AtomicReference<>();
		// At the end of the run that publishes the first event, just before it finishes, a request commits another.
		publisher.atEndOfRun.set(() -> {
			Thread request = new Thread(() -> committedDuringRun.set(products.rename("p-leek", "Leek (second)")));
			request.start();
			try {
				request.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});

		EventEnvelope first = products.rename("p-leek", "Leek");

		await().atMost(PATIENCE).until(() -> seen(first));
		await().atMost(PATIENCE).until(() -> committedDuringRun.get() != null);
		assertThat(publisher.atEndOfRun.get()).as("the hook ran inside a relay run").isNull();
		await().atMost(PATIENCE).until(() -> seen(committedDuringRun.get()));
	}

	private boolean seen(EventEnvelope event) {
		return jdbc.sql("SELECT count(*) FROM test_seen_events WHERE event_id = :id")
			.param("id", event.id())
			.query(Long.class)
			.single() == 1;
	}

	private long seenCount(String aggregatePattern) {
		return jdbc.sql("""
				SELECT count(*) FROM test_seen_events s JOIN platform.outbox o ON o.id = CAST(s.event_id AS uuid)
				WHERE o.aggregate_id LIKE :pattern
				""").param("pattern", aggregatePattern).query(Long.class).single();
	}

	/** The relay with a publisher that runs a hook once, when a run finds nothing more to publish. */
	@TestConfiguration(proxyBeanMethods = false)
	static class HookedRelay {

		@Bean
		HookedPublisher hookedPublisher(OutboxRows rows, ConnectionFactory connectionFactory, EventMessages messages,
				PlatformTransactionManager transactionManager, EventsProperties properties, MeterRegistry meters) {
			return new HookedPublisher(rows, new RabbitTemplate(connectionFactory), messages,
					new TransactionTemplate(transactionManager), properties, meters);
		}

		@Bean
		OutboxRelay outboxRelay(HookedPublisher publisher, EventsProperties properties) {
			return new OutboxRelay(publisher, properties);
		}
	}

	static final class HookedPublisher extends OutboxPublisher {

		final AtomicReference<Runnable> atEndOfRun = new AtomicReference<>();

		HookedPublisher(OutboxRows rows, RabbitTemplate rabbit, EventMessages messages,
				TransactionTemplate transaction, EventsProperties properties, MeterRegistry meters) {
			super(rows, rabbit, messages, transaction, Clock.systemUTC(), properties, meters);
		}

		@Override
		public int relayDue() {
			int published = super.relayDue();
			if (published == 0) {
				Runnable hook = atEndOfRun.getAndSet(null);
				if (hook != null) {
					hook.run();
				}
			}
			return published;
		}
	}
}
