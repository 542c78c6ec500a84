package com.vurksha.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** App developers read docs/error-codes.md; every admin service code is in its own section there. */
class AdminErrorCatalogueTests {

	@Test
	void documentsEveryAdminErrorCodeInItsSection() throws IOException {
		String catalogue = Files.readString(Path.of("..", "..", "docs", "error-codes.md"));
		int start = catalogue.indexOf("## Admin service");
		assertThat(start).as("docs/error-codes.md has an admin service section").isNotNegative();
		int end = catalogue.indexOf("\n## ", start + 1);
		String section = catalogue.substring(start, (end < 0) ? catalogue.length() : end);
		for (AdminErrorCode code : AdminErrorCode.values()) {
			assertThat(section).as("the admin service section lists %s", code)
				.contains("| `" + code.code() + "` | " + code.status() + " | " + (code.retryable() ? "yes" : "no") + " |");
		}
	}
}
