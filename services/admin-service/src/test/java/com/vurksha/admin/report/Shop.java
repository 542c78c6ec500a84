package com.vurksha.admin.report;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.vurksha.admin.replica.Source;
import com.vurksha.admin.support.ServiceDatabases;
import com.vurksha.platformtest.StreamingReplica;

/**
 * A small shop for the report tests, on the real test server: the services' databases made by their own migrations
 * ({@link ServiceDatabases}), holding a known set of orders, payments, slots, deliveries, stock and messages
 * ({@link ShopData}); one real streaming replica of the server, caught up with them; and a login role holding only
 * {@code vurksha_reporting}, which the reports connect as (so they can read nothing but the reporting views).
 * Made once per test run and closed at its end by {@link Closer}: a base backup costs seconds.
 */
final class Shop implements AutoCloseable {

	private static Shop instance;

	private final StreamingReplica replica;

	private final String role = "t_reports_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private final ServiceDatabases databases;

	private boolean roleCreated;

	private Shop() {
		replica = StreamingReplica.start();
		try {
			admin().sql("CREATE ROLE " + role + " LOGIN").update();
			roleCreated = true;
			databases = ServiceDatabases.migrate();
			for (Source source : Source.values()) {
				ShopData.insert(source, databases.jdbc(source));
			}
			// the migrations create vurksha_reporting where it is missing
			admin().sql("GRANT vurksha_reporting TO " + role).update();
			replica.awaitCaughtUp(Duration.ofSeconds(60));
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	static synchronized Shop get() {
		if (instance == null) {
			instance = new Shop();
		}
		return instance;
	}

	StreamingReplica replica() {
		return replica;
	}

	/** The login role the reports use: a member of vurksha_reporting and nothing else. */
	String role() {
		return role;
	}

	String database(Source source) {
		return databases.database(source);
	}

	/** The source's database on the replica. */
	String replicaUrl(Source source) {
		return replica.jdbcUrl(databases.database(source));
	}

	/** The source's database on the primary, for writing. */
	JdbcClient primary(Source source) {
		return databases.jdbc(source);
	}

	@Override
	public synchronized void close() {
		try {
			replica.close();
		}
		finally {
			if (roleCreated) {
				admin().sql("DROP ROLE IF EXISTS " + role).update();
			}
			synchronized (Shop.class) {
				instance = null;
			}
		}
	}

	private static JdbcClient admin() {
		return ServiceDatabases.jdbc("postgres");
	}

	/** Makes the shop before the first test class that needs it and closes it when every test has run. */
	static final class Closer implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			context.getRoot()
				.getStore(ExtensionContext.Namespace.create(Shop.class))
				.computeIfAbsent(Shop.class, key -> Shop.get(), Shop.class);
		}
	}
}
