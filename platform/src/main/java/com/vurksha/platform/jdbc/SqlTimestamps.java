package com.vurksha.platform.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Binds instants to {@code TIMESTAMPTZ} parameters, which the PostgreSQL driver takes as offset date-times. */
public final class SqlTimestamps {

	private SqlTimestamps() {
	}

	public static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
