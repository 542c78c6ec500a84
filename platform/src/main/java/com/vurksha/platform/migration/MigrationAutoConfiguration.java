package com.vurksha.platform.migration;

import org.flywaydb.core.Flyway;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Makes Boot's Flyway start-up migrate the platform's tables first and the service's own migrations second. A
 * service that needs a strategy of its own replaces this bean and must call {@link PlatformMigrations} itself.
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
@ConditionalOnClass(Flyway.class)
public class MigrationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FlywayMigrationStrategy platformFirstMigrationStrategy() {
		return flyway -> {
			PlatformMigrations.migrate(flyway.getConfiguration().getDataSource());
			flyway.migrate();
		};
	}
}
