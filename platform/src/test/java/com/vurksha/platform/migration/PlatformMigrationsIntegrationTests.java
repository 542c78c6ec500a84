package com.vurksha.platform.migration;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vurksha.platformtest.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformMigrationsIntegrationTests {

	private final String database = TestInfrastructure.createDatabase();

	private final ApplicationContextRunner service = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
				MigrationAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=" + TestInfrastructure.jdbcUrl(database),
				"spring.datasource.username=postgres", "spring.datasource.hikari.maximum-pool-size=2",
				"spring.flyway.locations=classpath:db/migration-order-test");

	@Test
	void migratesThePlatformTablesBeforeTheServicesOwn() {
		service.run(context -> {
			assertThat(context).hasNotFailed();
			JdbcClient jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));

			assertThat(tables(jdbc, "platform")).contains("idempotency_keys", "outbox", "inbox",
					PlatformMigrations.HISTORY_TABLE);
			assertThat(tables(jdbc, "public")).contains("farms", "flyway_schema_history")
				.doesNotContain(PlatformMigrations.HISTORY_TABLE, "outbox");
			assertThat(jdbc.sql("SELECT count(*) FROM farm_events").query(Long.class).single()).isZero();
		});
	}

	@Test
	void startsAgainOnAnAlreadyMigratedDatabase() {
		service.run(context -> assertThat(context).hasNotFailed());

		service.run(context -> {
			assertThat(context).hasNotFailed();
			JdbcClient jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
			assertThat(jdbc.sql("SELECT count(*) FROM platform.platform_schema_history WHERE success")
				.query(Long.class)
				.single()).isGreaterThanOrEqualTo(1);
		});
	}

	@Test
	void leavesTheStrategyToAServiceThatBringsItsOwn() {
		service.withBean(org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy.class,
				() -> flyway -> {
				})
			.run(context -> {
				assertThat(context).hasNotFailed();
				JdbcClient jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
				assertThat(tables(jdbc, "platform")).isEmpty();
			});
	}

	private static List<String> tables(JdbcClient jdbc, String schema) {
		return jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = :schema")
			.param("schema", schema)
			.query(String.class)
			.list();
	}
}
