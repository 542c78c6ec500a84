package com.vurksha.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The local profile loads demo data as migrations numbered from V1000 on top of the schema. A schema migration added
 * later (V5) is lower than what a developer's existing {@code .local-data} database has applied, so every service
 * with demo migrations must let Flyway apply it out of order, or {@code make run} stops after a pull.
 */
class DemoMigrationsTests {

	@Test
	void everyServiceWithDemoDataAppliesLaterSchemaMigrationsToAnExistingLocalDatabase() throws IOException {
		Path services = Path.of("..", "services");
		List<Path> withDemoData;
		try (Stream<Path> dirs = Files.list(services)) {
			withDemoData = dirs.filter(dir -> Files.isDirectory(dir.resolve("src/main/resources/db/demo"))).toList();
		}

		assertThat(withDemoData).isNotEmpty();
		for (Path service : withDemoData) {
			String local = Files.readString(service.resolve("src/main/resources/application-local.yml"));
			assertThat(local).as("%s's local profile", service.getFileName())
				.contains("classpath:db/demo")
				.containsPattern("(?m)^\\s+out-of-order: true$");
		}
	}
}
