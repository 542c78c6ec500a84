package com.vurksha.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.transaction.support.TransactionOperations;

import com.vurksha.platform.events.OutboxRows.PendingEvent;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxPublisherTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final CountingRows rows = new CountingRows();

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

	private final OutboxPublisher publisher = new OutboxPublisher(rows, new RabbitTemplate(),
			new EventMessages(JsonMapper.builder().build()), TransactionOperations.withoutTransaction(), clock,
			properties(), meters);

	@Test
	void keepsEveryRowDueWhileTheBrokerIsUnreachableAndMarksOnlyTheOneThatTried() {
		// nothing listens on port 1: every connection attempt is refused
		CachingConnectionFactory nowhere = new CachingConnectionFactory("127.0.0.1", 1);
		try {
			OutboxPublisher cutOff = new OutboxPublisher(rows, new RabbitTemplate(nowhere),
					new EventMessages(JsonMapper.builder().build()), TransactionOperations.withoutTransaction(), clock,
					properties(), meters);
			rows.due = List.of(pending(1, 0), pending(2, 6), pending(3, 0));

			assertThat(cutOff.relayDue()).isZero();

			assertThat(rows.failures).hasSize(1);
			assertThat(rows.failures.get(0).seq()).isEqualTo(1);
			assertThat(rows.failures.get(0).nextAttemptAt()).isEqualTo(clock.instant());
			assertThat(rows.failures.get(0).error()).startsWith("broker unreachable");
		}
		finally {
			nowhere.destroy();
		}
	}

	/** Events may be at most a few seconds late once the broker is healthy again: the retries wait no longer. */
	@Test
	void retriesWithinAFewSecondsByDefault() {
		EventsProperties defaults = new Binder().bindOrCreate("vurksha.events", EventsProperties.class);

		assertThat(defaults.relay().maxBackoff()).isLessThanOrEqualTo(Duration.ofSeconds(5));
		assertThat(defaults.consumer().recoveryInterval()).isLessThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void answersAScrapeFromTheLastCountWithoutQueryingTheDatabase() {
		rows.pending = 7;
		publisher.countPending();
		rows.pending = 9;

		assertThat(pendingGauge()).isEqualTo(7);
		assertThat(pendingGauge()).isEqualTo(7);
		assertThat(rows.counts).hasValue(1);
	}

	@Test
	void reportsNotANumberWhenTheOutboxCouldNotBeCounted() {
		rows.pending = 7;
		publisher.countPending();
		rows.down = true;

		assertThatThrownBy(publisher::countPending).isInstanceOf(IllegalStateException.class);
		assertThat(pendingGauge()).isNaN();
	}

	private static EventsProperties properties() {
		return new EventsProperties("vurksha.events", "", QueueType.CLASSIC, "",
				new EventsProperties.Relay(true, Duration.ofMillis(250), 100, Duration.ofSeconds(5), Duration.ofSeconds(1),
						Duration.ofMinutes(1), Duration.ofDays(7), Duration.ofHours(1)),
				new EventsProperties.Consumer(Duration.ofSeconds(10), 5, 10, Duration.ofDays(30), 1, Duration.ofSeconds(1)));
	}

	private double pendingGauge() {
		return meters.get("vurksha.outbox.pending").gauge().value();
	}

	/** The outbox table, reduced to the unsent count, which it reports until the database "goes down". */
	private static final class CountingRows extends OutboxRows {

		final AtomicInteger counts = new AtomicInteger();

		long pending;

		boolean down;

		CountingRows() {
			super(null, null);
		}

		@Override
		long pendingCount() {
			counts.incrementAndGet();
			if (down) {
				throw new IllegalStateException("database down");
			}
			return pending;
		}

		final List<Failure> failures = new ArrayList<>();

		List<PendingEvent> due = List.of();

		@Override
		List<PendingEvent> claimDue(Instant now, int limit) {
			return due;
		}

		@Override
		void markFailed(long seq, Instant nextAttemptAt, String error) {
			failures.add(new Failure(seq, nextAttemptAt, error));
		}

		@Override
		void markSent(List<Long> seqs, Instant now) {
		}
	}

	private record Failure(long seq, Instant nextAttemptAt, String error) {
	}

	private static PendingEvent pending(long seq, int attempts) {
		return new PendingEvent(seq, new EventEnvelope(UUID.randomUUID().toString(), "product.product.renamed", 1,
				Instant.parse("2026-12-07T09:59:00Z"), "product", "p-" + seq, null, null,
				JsonMapper.builder().build().readTree("{}")), attempts);
	}
}
