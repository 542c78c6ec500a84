package com.vurksha.admin.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.vurksha.admin.replica.Source;
import com.vurksha.platformtest.TestInfrastructure;

/**
 * The databases of the five services whose reporting views the admin service reads, on the real test server: one
 * fresh database per {@link Source}, made by that service's own Flyway migrations (its tables, its {@code reporting}
 * views, and the {@code vurksha_reporting} role they create where it is missing). Tests write rows into the services'
 * tables and the admin service reads them through the real views, so a view that changes shape shows up here. The
 * databases are dropped when the JVM exits.
 */
public final class ServiceDatabases {

	private static ServiceDatabases shared;

	private final Map<Source, String> databases = new EnumMap<>(Source.class);

	private ServiceDatabases() {
		for (Source source : Source.values()) {
			String database = TestInfrastructure.createDatabase();
			databases.put(source, database);
			Flyway.configure()
				.dataSource(TestInfrastructure.jdbcUrl(database), "postgres", "")
				.locations("filesystem:" + migrations(source))
				.load()
				.migrate();
		}
	}

	/** Makes a fresh database for every source and migrates it as its service would. */
	public static ServiceDatabases migrate() {
		return new ServiceDatabases();
	}

	/**
	 * One set for the test run, shared by the tests that read the primaries (as a local run does) and write rows with
	 * ids of their own.
	 */
	public static synchronized ServiceDatabases shared() {
		if (shared == null) {
			shared = migrate();
		}
		return shared;
	}

	public String database(Source source) {
		return databases.get(source);
	}

	/** The source's database on the primary. */
	public String jdbcUrl(Source source) {
		return TestInfrastructure.jdbcUrl(databases.get(source));
	}

	/** The source's database as its owner, for writing rows into the service's tables. */
	public JdbcClient jdbc(Source source) {
		return jdbc(databases.get(source));
	}

	/** Any database of the test server, as the superuser. */
	public static JdbcClient jdbc(String database) {
		return JdbcClient.create(new DriverManagerDataSource(TestInfrastructure.jdbcUrl(database), "postgres", ""));
	}

	/**
	 * Makes the source's database refuse connections and ends those it has, as a database that is down would, until
	 * the answer is closed.
	 */
	public Outage refuseConnections(Source source) {
		String database = databases.get(source);
		JdbcClient server = jdbc("postgres");
		server.sql("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS false").update();
		server.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?")
			.param(database)
			.query(Boolean.class)
			.list();
		return () -> server.sql("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS true").update();
	}

	/** A database refusing connections; closing it lets them in again. */
	public interface Outage extends AutoCloseable {

		@Override
		void close();
	}

	private static Path migrations(Source source) {
		Path folder = Path.of("..", source.key().toLowerCase(Locale.ROOT) + "-service", "src", "main", "resources", "db",
				"migration").toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("No migrations of the " + source.key() + " service at " + folder);
		}
		return folder;
	}
}
