package com.vurksha.admin.replica;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.vurksha.admin.AdminErrorCode;
import com.vurksha.platform.error.ApiException;

/**
 * One small read-only pool per source's replica. A report reads through {@link #read}, which first asks the replica
 * whether it is a standby and how far it has replayed: the answer's {@code dataAsOf}. A replica that does not
 * answer, or is a primary when a standby is required, makes the report a retryable 503; nothing falls back to a
 * primary. A query the replica answers with an error of the query itself (a column its view lacks) is a bug, not an
 * outage, and fails as one.
 */
@Component
public class Replicas implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Replicas.class);

	/** About the time a restarted replica takes to accept connections and catch up; sooner asks only add load. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(15);

	private final ReplicaProperties properties;

	private final Map<Source, HikariDataSource> pools = new EnumMap<>(Source.class);

	public Replicas(ReplicaProperties properties) {
		this.properties = properties;
		for (Source source : Source.values()) {
			String url = properties.sources().get(source.key());
			if (url == null || url.isBlank()) {
				throw new IllegalStateException("No replica configured for " + source.key()
						+ ": set vurksha.admin.replicas.sources." + source.key());
			}
			pools.put(source, pool(source, url));
		}
	}

	/**
	 * Reads from one source's replica: the query's result and how fresh the data it read is.
	 * @throws ApiException {@link AdminErrorCode#REPORTS_REPLICA_UNAVAILABLE} when the replica cannot answer: no
	 * connection, a connection lost, the statement timeout, a conflict with the standby's replay
	 */
	public <T> Read<T> read(Source source, Function<JdbcClient, T> query) {
		JdbcClient jdbc = JdbcClient.create(pools.get(source));
		try {
			Instant asOf = freshness(source, jdbc);
			return new Read<>(query.apply(jdbc), asOf);
		}
		catch (DataAccessResourceFailureException | TransientDataAccessException | RecoverableDataAccessException ex) {
			log.warn("The {} replica did not answer a report: {}", source.key(), ex.getMessage());
			throw unavailable(source, ex);
		}
	}

	/**
	 * The time of the last transaction the standby replayed. On a local run without a standby the primary's own
	 * clock stands in (its data is current); elsewhere a primary is refused.
	 */
	private Instant freshness(Source source, JdbcClient jdbc) {
		Standby standby = jdbc.sql("select pg_is_in_recovery() as in_recovery, "
				+ "coalesce(pg_last_xact_replay_timestamp(), now()) as replayed_at, now() as now")
			.query((rs, row) -> new Standby(rs.getBoolean("in_recovery"),
					rs.getObject("replayed_at", OffsetDateTime.class).toInstant(),
					rs.getObject("now", OffsetDateTime.class).toInstant()))
			.single();
		if (!standby.inRecovery()) {
			if (properties.requireStandby()) {
				throw unavailable(source, null);
			}
			return standby.now();
		}
		return standby.replayedAt();
	}

	private static ApiException unavailable(Source source, Throwable cause) {
		return new ApiException(AdminErrorCode.REPORTS_REPLICA_UNAVAILABLE,
				"The " + source.key() + " read replica is not available; reports are back when it is", cause)
			.withRetryAfter(RETRY_AFTER);
	}

	private HikariDataSource pool(Source source, String url) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("replica-" + source.key());
		config.setJdbcUrl(url);
		config.setUsername(properties.username());
		config.setPassword(properties.password());
		config.setReadOnly(true);
		config.setMaximumPoolSize(properties.maxConnections());
		config.setMinimumIdle(0);
		// a replica that is down at start-up must not stop the service: its reports answer 503 until it is back
		config.setInitializationFailTimeout(-1);
		config.setConnectionTimeout(Math.max(250, properties.connectTimeout().toMillis()));
		config.setValidationTimeout(Math.max(250, Math.min(properties.connectTimeout().toMillis(), 1000)));
		config.addDataSourceProperty("connectTimeout", Math.max(1, properties.connectTimeout().toSeconds()));
		config.addDataSourceProperty("ApplicationName", "admin-service reports");
		config.setConnectionInitSql("set default_transaction_read_only = on; set statement_timeout = "
				+ properties.statementTimeout().toMillis());
		return new HikariDataSource(config);
	}

	@Override
	public void destroy() {
		pools.values().forEach(HikariDataSource::close);
	}

	/** What a replica read: the value, and the time of the last transaction it had replayed. */
	public record Read<T>(T value, Instant dataAsOf) {
	}

	private record Standby(boolean inRecovery, Instant replayedAt, Instant now) {
	}
}
