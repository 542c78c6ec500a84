package com.vurksha.platform.events;

import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import com.vurksha.platform.jdbc.BatchedDelete;
import com.vurksha.platform.request.RequestIds;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/**
 * Makes a consumer idempotent: in one transaction it records (consumer, event id) with a unique insert and runs
 * the handler only when the record is new. A redelivered or republished event is skipped; a handler that fails
 * rolls the record back with its own writes, so the retry runs it again.
 */
public class Inbox {

	private final JdbcClient jdbc;

	private final TransactionOperations transaction;

	private final Clock clock;

	private final MeterRegistry meters;

	Inbox(JdbcClient jdbc, TransactionOperations transaction, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.meters = meters;
	}

	/** Returns true when the handler ran, false when this consumer had already handled the event. */
	public boolean handle(String consumer, EventEnvelope event, EventHandler handler) {
		Boolean handled = transaction.execute(status -> {
			if (!recordFirstSight(consumer, event)) {
				count("vurksha.inbox.duplicates", "Events skipped because this consumer had handled them", consumer);
				return false;
			}
			withRequestId(event.requestId(), () -> handler.handle(event));
			return true;
		});
		if (Boolean.TRUE.equals(handled)) {
			count("vurksha.inbox.handled", "Events handled for the first time", consumer);
			return true;
		}
		return false;
	}

	private void count(String name, String description, String consumer) {
		Counter.builder(name).description(description).tag("consumer", consumer).register(meters).increment();
	}

	/**
	 * Forgets event ids handled before {@code before}, in batches; redelivery after that long is not expected.
	 * @return how many were forgotten
	 */
	public int forgetHandledBefore(Instant before) {
		return BatchedDelete.inBatches(BatchedDelete.DEFAULT_BATCH, limit -> jdbc.sql("""
				DELETE FROM platform.inbox WHERE ctid IN (
				    SELECT ctid FROM platform.inbox WHERE handled_at < :before LIMIT :limit)
				""").param("before", utc(before)).param("limit", limit).update());
	}

	private boolean recordFirstSight(String consumer, EventEnvelope event) {
		return jdbc.sql("""
				INSERT INTO platform.inbox (consumer, event_id, event_type, handled_at)
				VALUES (:consumer, :eventId, :type, :now)
				ON CONFLICT (consumer, event_id) DO NOTHING
				""")
			.param("consumer", consumer)
			.param("eventId", event.id())
			.param("type", event.type())
			.param("now", utc(clock.instant()))
			.update() == 1;
	}

	/** The handler's log lines carry the request id of the request that caused the event. */
	private static void withRequestId(String requestId, Runnable work) {
		String previous = MDC.get(RequestIds.MDC_KEY);
		if (requestId != null) {
			MDC.put(RequestIds.MDC_KEY, requestId);
		}
		try {
			work.run();
		}
		finally {
			if (previous != null) {
				MDC.put(RequestIds.MDC_KEY, previous);
			}
			else {
				MDC.remove(RequestIds.MDC_KEY);
			}
		}
	}
}
