package com.vurksha.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** App developers read docs/error-codes.md; every code the delivery service answers with must be in its section. */
class ErrorCatalogueTests {

	@Test
	void documentsEveryDeliveryErrorCodeInTheDeliverySection() throws IOException {
		String catalogue = Files.readString(Path.of("..", "..", "docs", "error-codes.md"));
		int start = catalogue.indexOf("## Delivery service");
		String section = catalogue.substring(start, catalogue.indexOf("\n## ", start + 1));

		for (DeliveryErrorCode code : DeliveryErrorCode.values()) {
			assertThat(section).as("the delivery section lists %s", code)
				.contains("| `" + code.code() + "` | " + code.status() + " | " + (code.retryable() ? "yes" : "no") + " |");
		}
	}
}
