package com.vurksha.platform.events;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * What travels on the wire for every event: the body of each AMQP message.
 *
 * @param id unique per event; consumers deduplicate on it
 * @param type {@code <service>.<entity>.<event>}, also the routing key, e.g. {@code product.product.updated}
 * @param version the payload's schema version for this type, raised on incompatible changes
 * @param requestId the {@code X-Request-Id} of the request that caused the event, when there was one
 * @param traceparent the W3C trace context of the span that caused the event, when there was one
 */
public record EventEnvelope(String id, String type, int version, Instant occurredAt, String aggregateType,
		String aggregateId, String requestId, String traceparent, JsonNode payload) {
}
