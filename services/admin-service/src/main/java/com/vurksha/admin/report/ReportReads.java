package com.vurksha.admin.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.vurksha.admin.replica.Replicas;
import com.vurksha.admin.replica.Source;

/** Reads for reports from the replicas (a replica that cannot answer makes a 503 that says when to try again). */
@Component
class ReportReads {

	private final Replicas replicas;

	ReportReads(Replicas replicas) {
		this.replicas = replicas;
	}

	/** An instant as a query parameter of type timestamptz. */
	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	<T> Replicas.Read<T> read(Source source, Function<JdbcClient, T> query) {
		return replicas.read(source, query);
	}
}
