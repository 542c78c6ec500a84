package com.vurksha.platform.migration;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the platform's tables (idempotency keys, outbox, inbox) up to date in a service's database.
 *
 * <p>They live in a schema of their own with their own Flyway history table, so the platform and each service
 * version their migrations independently, and the service's Flyway still finds its own schema empty on a fresh
 * database instead of refusing to start because the platform's tables are there.
 */
public final class PlatformMigrations {

	/** The schema that holds the platform's tables; SQL in the platform names its tables with it. */
	public static final String SCHEMA = "platform";

	public static final String HISTORY_TABLE = "platform_schema_history";

	public static final String LOCATION = "classpath:db/platform";

	private PlatformMigrations() {
	}

	public static MigrateResult migrate(DataSource dataSource) {
		return Flyway.configure()
			.dataSource(dataSource)
			.schemas(SCHEMA)
			.createSchemas(true)
			.table(HISTORY_TABLE)
			.locations(LOCATION)
			.failOnMissingLocations(true)
			.load()
			.migrate();
	}
}
