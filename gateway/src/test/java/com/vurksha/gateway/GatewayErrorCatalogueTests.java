package com.vurksha.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** App developers read the catalogue in docs/; every code the gateway answers with must be in it. */
class GatewayErrorCatalogueTests {

	@Test
	void documentsEveryGatewayErrorCode() throws IOException {
		String catalogue = Files.readString(Path.of("..", "docs", "error-codes.md"));
		for (GatewayErrorCode code : GatewayErrorCode.values()) {
			assertThat(catalogue).as("docs/error-codes.md lists %s", code)
				.contains("| `" + code.code() + "` | " + code.status() + " | " + (code.retryable() ? "yes" : "no") + " |");
		}
	}
}
