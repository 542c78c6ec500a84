package com.vurksha.platform.events;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.request.RequestIds;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an event in the same transaction as the state change it describes; the {@link OutboxRelay} publishes
 * it right after the commit, which wakes it. Either both the change and the event are kept or neither is, and a
 * broker outage only delays the event.
 *
 * <p>Ordering: the relay publishes the events of one aggregate in the order they were appended, holding a later
 * event back while an earlier one of the same aggregate is unsent. Consumers still cannot rely on order alone:
 * a consumer's retry queue, redelivery and parallel consumers reorder deliveries, so a consumer that cares
 * compares the aggregate's version in the payload (or the event id it has handled) and ignores stale events.
 * An event the broker keeps refusing also holds back its aggregate's later events; it shows in
 * {@code vurksha.outbox.failed} and in {@code last_error}. An event published while no consumer queue is bound
 * for its type is kept in the unrouted queue ({@link EventsProperties#unroutedQueue()}), not lost.
 */
public class Outbox {

	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*\\.[a-z][a-z0-9_-]*");

	private final OutboxRows rows;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	private final TraceParents traceParents;

	private final RelayOnCommit relayOnCommit;

	Outbox(OutboxRows rows, JsonMapper jsonMapper, Clock clock, TraceParents traceParents,
			RelayOnCommit relayOnCommit) {
		this.rows = rows;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
		this.traceParents = traceParents;
		this.relayOnCommit = relayOnCommit;
	}

	/**
	 * Appends an event to the caller's transaction, which must exist: an event written outside one could be kept
	 * while the change it describes is rolled back.
	 * @param type {@code <service>.<entity>.<event>}, e.g. {@code product.product.updated}
	 * @param payload serialised to JSON with the application's mapper
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public EventEnvelope append(String type, int version, String aggregateType, String aggregateId, Object payload) {
		if (type == null || !TYPE.matcher(type).matches()) {
			throw new IllegalArgumentException("Event type must read <service>.<entity>.<event>, got " + type);
		}
		if (version < 1) {
			throw new IllegalArgumentException("Event version starts at 1, got " + version);
		}
		if (aggregateType == null || aggregateType.isBlank() || aggregateId == null || aggregateId.isBlank()) {
			throw new IllegalArgumentException("An event names the aggregate it is about");
		}
		EventEnvelope event = new EventEnvelope(UUID.randomUUID().toString(), type, version, clock.instant(),
				aggregateType, aggregateId, RequestIds.current(), traceParents.current(),
				jsonMapper.valueToTree(payload));
		rows.insert(event);
		relayOnCommit.register();
		return event;
	}
}
