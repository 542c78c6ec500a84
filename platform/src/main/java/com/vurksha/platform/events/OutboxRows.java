package com.vurksha.platform.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/** SQL over {@code platform.outbox}. */
class OutboxRows {

	private final JdbcClient jdbc;

	private final JsonMapper jsonMapper;

	OutboxRows(JdbcClient jdbc, JsonMapper jsonMapper) {
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
	}

	void insert(EventEnvelope event) {
		jdbc.sql("""
				INSERT INTO platform.outbox (id, type, version, aggregate_type, aggregate_id, occurred_at, request_id,
				    traceparent, payload, next_attempt_at)
				VALUES (:id, :type, :version, :aggregateType, :aggregateId, :occurredAt, :requestId, :traceparent,
				    CAST(:payload AS jsonb), :occurredAt)
				""")
			.param("id", UUID.fromString(event.id()))
			.param("type", event.type())
			.param("version", event.version())
			.param("aggregateType", event.aggregateType())
			.param("aggregateId", event.aggregateId())
			.param("occurredAt", utc(event.occurredAt()))
			.param("requestId", event.requestId())
			.param("traceparent", event.traceparent())
			.param("payload", jsonMapper.writeValueAsString(event.payload()))
			.update();
	}

	/**
	 * Locks up to {@code limit} rows due for publishing, skipping rows another relay instance holds; call it in a
	 * transaction that lasts until the rows are marked. A row is held back while an earlier row of the same
	 * aggregate is unsent (waiting for its retry, or in flight with another relay), so events of one aggregate
	 * reach the broker in the order they were written; at most one row per aggregate is claimed per batch.
	 */
	List<PendingEvent> claimDue(Instant now, int limit) {
		return jdbc.sql("""
				SELECT seq, id, type, version, occurred_at, aggregate_type, aggregate_id, request_id, traceparent,
				    payload::text AS payload, attempts
				FROM platform.outbox o
				WHERE sent_at IS NULL AND next_attempt_at <= :now
				  AND NOT EXISTS (SELECT 1 FROM platform.outbox o2
				      WHERE o2.aggregate_type = o.aggregate_type AND o2.aggregate_id = o.aggregate_id
				        AND o2.sent_at IS NULL AND o2.seq < o.seq)
				ORDER BY seq
				LIMIT :limit
				FOR UPDATE SKIP LOCKED
				""")
			.param("now", utc(now))
			.param("limit", limit)
			.query((rs, row) -> new PendingEvent(rs.getLong("seq"),
					new EventEnvelope(rs.getString("id"), rs.getString("type"), rs.getInt("version"),
							rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("aggregate_type"),
							rs.getString("aggregate_id"), rs.getString("request_id"), rs.getString("traceparent"),
							jsonMapper.readTree(rs.getString("payload"))),
					rs.getInt("attempts")))
			.list();
	}

	void markSent(List<Long> seqs, Instant now) {
		if (seqs.isEmpty()) {
			return;
		}
		jdbc.sql("UPDATE platform.outbox SET sent_at = :now, last_error = NULL WHERE seq IN (:seqs)")
			.param("now", utc(now))
			.param("seqs", seqs)
			.update();
	}

	void markFailed(long seq, Instant nextAttemptAt, String error) {
		jdbc.sql("""
				UPDATE platform.outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error
				WHERE seq = :seq
				""")
			.param("next", utc(nextAttemptAt))
			.param("error", (error != null && error.length() > 1000) ? error.substring(0, 1000) : error)
			.param("seq", seq)
			.update();
	}

	long pendingCount() {
		return jdbc.sql("SELECT count(*) FROM platform.outbox WHERE sent_at IS NULL").query(Long.class).single();
	}

	/** Deletes up to {@code limit} rows sent before {@code sentBefore}; unsent rows are never deleted. */
	int deleteSentBefore(Instant sentBefore, int limit) {
		return jdbc.sql("""
				DELETE FROM platform.outbox WHERE seq IN (
				    SELECT seq FROM platform.outbox WHERE sent_at IS NOT NULL AND sent_at < :before LIMIT :limit)
				""")
			.param("before", utc(sentBefore))
			.param("limit", limit)
			.update();
	}

	/** A claimed row: its position, the event, and how often publishing it has failed so far. */
	record PendingEvent(long seq, EventEnvelope event, int attempts) {
	}
}
