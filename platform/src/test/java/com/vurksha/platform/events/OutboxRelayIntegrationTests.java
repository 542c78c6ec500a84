package com.vurksha.platform.events;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.platform.events.testapp.EventsTestApplication;
import com.vurksha.platform.events.testapp.EventsTestApplication.Products;
import com.vurksha.platformtest.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The seed's scenario 5: RabbitMQ is down when a change commits. The service keeps working, the event waits in
 * the outbox, and when RabbitMQ is back the event is published and handled exactly once, even when delivered
 * twice. The application starts pointed at a closed port, and the test points it at the real broker later.
 */
// Small connection pools: cached test contexts and other suites share one PostgreSQL server.
@SpringBootTest(classes = EventsTestApplication.class,
		properties = { "spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.minimum-idle=1",
				"spring.flyway.locations=classpath:db/events-test", "vurksha.events.relay.initial-backoff=100ms",
				"vurksha.events.relay.max-backoff=500ms", "vurksha.events.consumer.retry-delay=200ms" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRelayIntegrationTests {

	private static final String REAL_BROKER = TestInfrastructure.HOST + ":" + TestInfrastructure.amqpPort();

	@Autowired
	Products products;

	@Autowired
	SimpleMessageListenerContainer catalogueWatcher;

	@Autowired
	Outbox outbox;

	@Autowired
	EventHousekeeping housekeeping;

	@Autowired
	ConsumerQueue catalogueWatcherQueue;

	@Autowired
	CachingConnectionFactory connectionFactory;

	@Autowired
	EventMessages eventMessages;

	@Autowired
	EventsProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	OutboxRows rows;

	@Autowired
	TransactionTemplate transaction;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		// Nothing listens on port 1: RabbitMQ is "down" until a test points the factory at the real broker.
		registry.add("spring.rabbitmq.addresses", () -> TestInfrastructure.HOST + ":1");
	}

	@AfterAll
	void deleteConsumerQueues() {
		catalogueWatcher.stop();
		BrokerCleanup.delete(catalogueWatcherQueue);
		BrokerCleanup.deleteUnrouted(properties);
	}

	@Test
	void holdsBackAnEventWhileAnEarlierOneOfTheSameAggregateIsUnsent() {
		// Due only at a "now" far ahead, so the running relay leaves these rows alone.
		Instant later = Instant.now().plus(Duration.ofDays(3));
		String aggregate = "p-" + UUID.randomUUID();
		UUID first = insertOutboxRow(aggregate, later);
		UUID second = insertOutboxRow(aggregate, later);
		UUID otherAggregate = insertOutboxRow("p-" + UUID.randomUUID(), later);

		List<UUID> claimed = transaction.execute(status -> rows.claimDue(later.plusSeconds(1), 1000)
			.stream()
			.map(pending -> UUID.fromString(pending.event().id()))
			.toList());

		assertThat(claimed).contains(first, otherAggregate).doesNotContain(second);

		rows.markSent(List.of(seqOf(first)), Instant.now());
		List<UUID> afterFirstSent = transaction.execute(status -> rows.claimDue(later.plusSeconds(1), 1000)
			.stream()
			.map(pending -> UUID.fromString(pending.event().id()))
			.toList());
		assertThat(afterFirstSent).contains(second);
	}

	@Test
	void publishesAnEventThatWaitedWhileRabbitMqWasDownOnceItIsBackAndHandlesItOnce() {
		EventEnvelope event = products.rename("p-tomato", "Tomato (desi)");

		assertThat(jdbc.sql("SELECT name FROM test_products WHERE id = 'p-tomato'").query(String.class).single())
			.isEqualTo("Tomato (desi)");
		await().atMost(Duration.ofSeconds(20)).until(() -> attempts(event) >= 2);
		assertThat(unsentIds()).contains(event.id());
		assertThat(lastError(event)).contains("unreachable");
		assertThat(counter("vurksha.outbox.failed")).isGreaterThanOrEqualTo(2);
		assertThat(meters.get("vurksha.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(1);
		assertThat(seenCount(event)).isZero();

		brokerComesBack();

		await().atMost(Duration.ofSeconds(30)).until(() -> sentAt(event) != null);
		await().atMost(Duration.ofSeconds(30)).until(() -> seenCount(event) == 1);
		assertThat(counter("vurksha.outbox.published")).isGreaterThanOrEqualTo(1);
		assertThat(unsentIds()).doesNotContain(event.id());

		new RabbitTemplate(connectionFactory).send(properties.exchange(), event.type(), eventMessages.toMessage(event));

		await().atMost(Duration.ofSeconds(30)).until(() -> duplicatesSkipped() == 1);
		assertThat(seenCount(event)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM platform.inbox WHERE event_id = :id")
			.param("id", event.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void writesTheEnvelopeWithTheChange() {
		EventEnvelope event = products.rename("p-okra", "Okra");

		assertThat(event.type()).isEqualTo("product.product.renamed");
		assertThat(event.version()).isEqualTo(1);
		assertThat(event.aggregateType()).isEqualTo("product");
		assertThat(event.aggregateId()).isEqualTo("p-okra");
		assertThat(event.payload().get("name").asString()).isEqualTo("Okra");
		assertThat(jdbc.sql("SELECT payload->>'name' FROM platform.outbox WHERE id = CAST(:id AS uuid)")
			.param("id", event.id())
			.query(String.class)
			.single()).isEqualTo("Okra");
	}

	@Test
	void purgesSentEventsPastTheRetentionButNeverUnsentOnes() {
		UUID oldSent = insertOutboxRow(Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(8)));
		UUID recentSent = insertOutboxRow(Instant.now().minus(Duration.ofDays(1)), Instant.now().minus(Duration.ofDays(1)));
		UUID oldUnsent = insertOutboxRow(Instant.now().minus(Duration.ofDays(30)), null);

		assertThat(housekeeping.purgeSentEvents()).isGreaterThanOrEqualTo(1);

		assertThat(outboxIds()).doesNotContain(oldSent).contains(recentSent, oldUnsent);
	}

	@Test
	void forgetsInboxEntriesPastTheirRetention() {
		insertInboxRow("old-" + UUID.randomUUID(), Instant.now().minus(Duration.ofDays(40)));
		String recent = "recent-" + UUID.randomUUID();
		insertInboxRow(recent, Instant.now().minus(Duration.ofDays(1)));

		assertThat(housekeeping.purgeInbox()).isGreaterThanOrEqualTo(1);

		assertThat(jdbc.sql("SELECT event_id FROM platform.inbox WHERE consumer = 'housekeeping-test'")
			.query(String.class)
			.list()).containsExactly(recent);
	}

	@Nested
	class RefusesToAppend {

		@Test
		void outsideTheCallersTransaction() {
			assertThatThrownBy(() -> outbox.append("product.product.renamed", 1, "product", "p-1", "{}"))
				.isInstanceOf(IllegalTransactionStateException.class);
		}

		@Test
		void andKeepsNoEventWhenTheChangeRollsBack() {
			long before = outboxIds().size();

			assertThatThrownBy(() -> products.renameThenFail("p-rollback", "Never"))
				.isInstanceOf(IllegalStateException.class);

			assertThat(outboxIds()).hasSize((int) before);
			assertThat(jdbc.sql("SELECT count(*) FROM test_products WHERE id = 'p-rollback'").query(Long.class).single())
				.isZero();
		}
	}

	private void brokerComesBack() {
		connectionFactory.setAddresses(REAL_BROKER);
		connectionFactory.resetConnection();
	}

	private int attempts(EventEnvelope event) {
		return jdbc.sql("SELECT attempts FROM platform.outbox WHERE id = CAST(:id AS uuid)")
			.param("id", event.id())
			.query(Integer.class)
			.single();
	}

	private String lastError(EventEnvelope event) {
		return jdbc.sql("SELECT last_error FROM platform.outbox WHERE id = CAST(:id AS uuid)")
			.param("id", event.id())
			.query(String.class)
			.single();
	}

	private OffsetDateTime sentAt(EventEnvelope event) {
		return jdbc.sql("SELECT sent_at FROM platform.outbox WHERE id = CAST(:id AS uuid)")
			.param("id", event.id())
			.query(OffsetDateTime.class)
			.optional()
			.orElse(null);
	}

	private List<String> unsentIds() {
		return jdbc.sql("SELECT id::text FROM test_unsent_events").query(String.class).list();
	}

	private List<UUID> outboxIds() {
		return jdbc.sql("SELECT id FROM platform.outbox").query(UUID.class).list();
	}

	private long seenCount(EventEnvelope event) {
		return jdbc.sql("SELECT count(*) FROM test_seen_events WHERE event_id = :id")
			.param("id", event.id())
			.query(Long.class)
			.single();
	}

	private double counter(String name) {
		return Search.in(meters).name(name).counters().stream().mapToDouble(c -> c.count()).sum();
	}

	private double duplicatesSkipped() {
		return Search.in(meters)
			.name("vurksha.inbox.duplicates")
			.tag("consumer", catalogueWatcherQueue.name())
			.counters()
			.stream()
			.mapToDouble(c -> c.count())
			.sum();
	}

	private UUID insertOutboxRow(String aggregateId, Instant nextAttemptAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO platform.outbox (id, type, version, aggregate_type, aggregate_id, occurred_at, payload,
				    next_attempt_at)
				VALUES (:id, 'product.product.renamed', 1, 'product', :aggregateId, now(), '{}'::jsonb, :next)
				""")
			.param("id", id)
			.param("aggregateId", aggregateId)
			.param("next", nextAttemptAt.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	private long seqOf(UUID id) {
		return jdbc.sql("SELECT seq FROM platform.outbox WHERE id = :id").param("id", id).query(Long.class).single();
	}

	private UUID insertOutboxRow(Instant occurredAt, Instant sentAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO platform.outbox (id, type, version, aggregate_type, aggregate_id, occurred_at, payload,
				    next_attempt_at, sent_at)
				VALUES (:id, 'product.product.renamed', 1, 'product', 'p-old', :occurredAt, '{}'::jsonb, :next, :sentAt)
				""")
			.param("id", id)
			.param("occurredAt", occurredAt.atOffset(ZoneOffset.UTC))
			// Not due for days, so the relay leaves the unsent one alone during the test.
			.param("next", Instant.now().plus(Duration.ofDays(3)).atOffset(ZoneOffset.UTC))
			.param("sentAt", (sentAt != null) ? sentAt.atOffset(ZoneOffset.UTC) : null)
			.update();
		return id;
	}

	private void insertInboxRow(String eventId, Instant handledAt) {
		jdbc.sql("""
				INSERT INTO platform.inbox (consumer, event_id, event_type, handled_at)
				VALUES ('housekeeping-test', :eventId, 'product.product.renamed', :handledAt)
				""").param("eventId", eventId).param("handledAt", handledAt.atOffset(ZoneOffset.UTC)).update();
	}
}
