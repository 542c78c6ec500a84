package com.vurksha.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.transaction.support.TransactionOperations;

import com.vurksha.platform.events.OutboxRows.PendingEvent;

/**
 * Publishes the outbox rows that are due. Each batch locks its rows with {@code FOR UPDATE SKIP LOCKED}, so any
 * number of replicas publish side by side without sending a row twice at the same time; a row is marked sent
 * only after the broker confirmed it, and on failure it is retried with exponential backoff, except while the
 * broker cannot be reached at all: then every row stays due and the relay's poll is the retry. Rows are never
 * deleted unsent. Delivery is at least once: a crash between confirm and commit publishes the row again, which
 * consumers' inboxes absorb.
 */
public class OutboxPublisher {

	private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);

	private final OutboxRows rows;

	private final RabbitTemplate rabbit;

	private final EventMessages messages;

	private final TransactionOperations transaction;

	private final Clock clock;

	private final EventsProperties properties;

	private final Backoff backoff;

	private final MeterRegistry meters;

	/** Counted by the relay, so a scrape never queries the database (which may be down and hang the scrape). */
	private final AtomicReference<Double> pending = new AtomicReference<>(Double.NaN);

	OutboxPublisher(OutboxRows rows, RabbitTemplate rabbit, EventMessages messages, TransactionOperations transaction,
			Clock clock, EventsProperties properties, MeterRegistry meters) {
		this.rows = rows;
		this.rabbit = rabbit;
		this.messages = messages;
		this.transaction = transaction;
		this.clock = clock;
		this.properties = properties;
		this.backoff = new Backoff(properties.relay().initialBackoff(), properties.relay().maxBackoff());
		this.meters = meters;
		Gauge.builder("vurksha.outbox.pending", pending, AtomicReference::get)
			.description("Events written to the outbox and not yet confirmed by the broker, as of the relay's last "
					+ "count (at most a relay interval old); NaN when the outbox could not be read")
			.register(meters);
	}

	/**
	 * Publishes the rows due now, in one batch: all are sent, then the confirms are awaited together, and the rows
	 * confirmed are marked sent in one statement. Returns how many the broker confirmed.
	 */
	public int relayDue() {
		Integer published = transaction.execute(status -> {
			List<PendingEvent> due = rows.claimDue(clock.instant(), properties.relay().batchSize());
			return due.isEmpty() ? 0 : publish(due);
		});
		return (published != null) ? published : 0;
	}

	private int publish(List<PendingEvent> due) {
		List<InFlight> inFlight = new ArrayList<>();
		for (int i = 0; i < due.size(); i++) {
			PendingEvent pending = due.get(i);
			try {
				CorrelationData confirm = new CorrelationData(pending.event().id());
				rabbit.send(properties.exchange(), pending.event().type(), messages.toMessage(pending.event()), confirm);
				inFlight.add(new InFlight(pending, confirm));
			}
			catch (AmqpConnectException ex) {
				// No broker: the rest of the batch would fail the same way, each after a connection attempt. The
				// outage is not the rows' fault, so none is backed off: all are due again at the next poll, and go
				// out as soon as the broker is back, however long it was away. Only the row that tried is marked,
				// which keeps the failure visible without an update per pending row per poll.
				unreachable(pending, ex);
				break;
			}
			catch (AmqpException ex) {
				failed(pending, ex.getMessage());
			}
		}
		return awaitConfirms(inFlight);
	}

	private int awaitConfirms(List<InFlight> inFlight) {
		long deadline = System.nanoTime() + properties.relay().confirmTimeout().toNanos();
		List<Long> sent = new ArrayList<>();
		for (InFlight each : inFlight) {
			String failure = confirmFailure(each.confirm(), deadline);
			if (failure == null) {
				sent.add(each.pending().seq());
				Counter.builder("vurksha.outbox.published")
					.description("Events the broker confirmed")
					.tag("type", each.pending().event().type())
					.register(meters)
					.increment();
			}
			else {
				failed(each.pending(), failure);
			}
		}
		rows.markSent(sent, clock.instant());
		return sent.size();
	}

	private static String confirmFailure(CorrelationData confirm, long deadline) {
		try {
			long remaining = Math.max(0, deadline - System.nanoTime());
			CorrelationData.Confirm result = confirm.getFuture().get(remaining, TimeUnit.NANOSECONDS);
			return result.ack() ? null : "broker refused: " + result.reason();
		}
		catch (TimeoutException ex) {
			return "no publisher confirm in time";
		}
		catch (ExecutionException ex) {
			return "publisher confirm failed: " + ex.getCause().getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted while waiting for the publisher confirm";
		}
	}

	private void failed(PendingEvent pending, String reason) {
		failed(pending, reason, backoff.delayAfter(pending.attempts() + 1));
	}

	private void unreachable(PendingEvent pending, AmqpConnectException ex) {
		failed(pending, "broker unreachable: " + ex.getMessage(), Duration.ZERO);
	}

	private void failed(PendingEvent pending, String reason, Duration delay) {
		int failures = pending.attempts() + 1;
		Instant next = clock.instant().plus(delay);
		rows.markFailed(pending.seq(), next, reason);
		Counter.builder("vurksha.outbox.failed")
			.description("Attempts to publish an event that the broker did not confirm")
			.tag("type", pending.event().type())
			.register(meters)
			.increment();
		log.warn("Publishing event {} ({}) failed {} time(s), next attempt at {}: {}", pending.event().id(),
				pending.event().type(), failures, next, reason);
	}

	/** Counts the unsent rows for the {@code vurksha.outbox.pending} gauge; the relay calls it once per interval. */
	public void countPending() {
		try {
			pending.set((double) rows.pendingCount());
		}
		catch (RuntimeException ex) {
			pending.set(Double.NaN);
			throw ex;
		}
	}

	private record InFlight(PendingEvent pending, CorrelationData confirm) {
	}
}
