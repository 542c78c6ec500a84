package com.vurksha.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.transaction.support.TransactionOperations;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxPublisherTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final CountingRows rows = new CountingRows();

	private final OutboxPublisher publisher = new OutboxPublisher(rows, new RabbitTemplate(),
			new EventMessages(JsonMapper.builder().build()), TransactionOperations.withoutTransaction(),
			Clock.systemUTC(), properties(), meters);

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
				new EventsProperties.Consumer(Duration.ofSeconds(10), 5, 10, Duration.ofDays(30), 1));
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

		@Override
		List<PendingEvent> claimDue(Instant now, int limit) {
			return List.of();
		}
	}
}
