package com.vurksha.admin.report;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.vurksha.admin.AdminErrorCode;
import com.vurksha.admin.replica.Replicas;
import com.vurksha.admin.replica.Source;
import com.vurksha.platform.error.ApiException;

/** Reads for reports from the replicas; a replica that cannot answer makes a 503 that says when to try again. */
@Component
class ReportReads {

	/** About the time a restarted replica takes to accept connections and catch up. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(15);

	private final Replicas replicas;

	ReportReads(Replicas replicas) {
		this.replicas = replicas;
	}

	/** An instant as a query parameter of type timestamptz. */
	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	<T> Replicas.Read<T> read(Source source, Function<JdbcClient, T> query) {
		try {
			return replicas.read(source, query);
		}
		catch (ApiException ex) {
			if (ex.code() == AdminErrorCode.REPORTS_REPLICA_UNAVAILABLE && ex.retryAfter() == null) {
				throw ex.withRetryAfter(RETRY_AFTER);
			}
			throw ex;
		}
	}
}
