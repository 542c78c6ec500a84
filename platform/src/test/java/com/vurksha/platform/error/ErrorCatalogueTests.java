package com.vurksha.platform.error;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue in docs/ is what app developers read; every platform code must be in it. */
class ErrorCatalogueTests {

	@Test
	void documentsEveryCommonErrorCode() throws IOException {
		String catalogue = Files.readString(Path.of("..", "docs", "error-codes.md"));
		for (CommonErrorCode code : CommonErrorCode.values()) {
			assertThat(catalogue).as("docs/error-codes.md lists %s", code)
				.contains("| `" + code.code() + "` | " + code.status() + " | " + (code.retryable() ? "yes" : "no") + " |");
		}
	}

	@Test
	void usesUpperSnakeCodes() {
		for (CommonErrorCode code : CommonErrorCode.values()) {
			assertThat(code.code()).matches("[A-Z][A-Z0-9_]*");
		}
	}
}
