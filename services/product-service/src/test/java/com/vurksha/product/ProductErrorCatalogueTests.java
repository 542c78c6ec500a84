package com.vurksha.product;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** App developers read the catalogue in docs/; every code the product service answers with must be in it. */
class ProductErrorCatalogueTests {

	@Test
	void documentsEveryProductErrorCode() throws IOException {
		String catalogue = Files.readString(Path.of("..", "..", "docs", "error-codes.md"));
		for (ProductErrorCode code : ProductErrorCode.values()) {
			assertThat(catalogue).as("docs/error-codes.md lists %s", code)
				.contains("| `" + code.code() + "` | " + code.status() + " | " + (code.retryable() ? "yes" : "no") + " |");
		}
	}
}
