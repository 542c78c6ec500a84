package com.vurksha.platform.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Reads optional fields of an event payload. Consumers read leniently because producers add fields over time and
 * an older producer leaves them out: a missing, null or blank field is absent, never an error.
 */
public final class EventFields {

	private EventFields() {
	}

	/** The field as text, or empty when the payload or the field is missing, null or blank. */
	public static Optional<String> text(JsonNode payload, String field) {
		JsonNode value = (payload != null) ? payload.get(field) : null;
		return (value == null || value.isNull() || value.asString("").isBlank()) ? Optional.empty()
				: Optional.of(value.asString());
	}

	/** The field as an ISO-8601 instant, or empty when it is absent or not an instant. */
	public static Optional<Instant> instant(JsonNode payload, String field) {
		try {
			return text(payload, field).map(Instant::parse);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}
}
