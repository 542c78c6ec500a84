package com.vurksha.platformtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's API document as its running application serves it ({@code /v3/api-docs}), checked for what must
 * never be in it and written to {@code target/openapi/<service>.json}, where the {@code api} module of the build
 * merges the services' documents into the public one, lints them and compares it with the committed contract.
 */
public final class ApiDocuments {

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ApiDocuments() {
	}

	/** Checks and writes the document a service answered at {@code /v3/api-docs}. */
	public static JsonNode export(JsonNode document, String service) {
		assertThat(document.get("paths").propertyNames()).as("internal and local-only endpoints are not public API")
			.noneMatch(path -> path.startsWith("/internal/") || path.startsWith("/api/v1/dev/"));
		JsonNode schemas = document.path("components").path("schemas");
		assertThat(schemas.has("CurrentUser")).as("the caller is no parameter").isFalse();
		assertThat(schemas.has("PageQuery")).as("page and limit are plain query parameters").isFalse();
		Path file = Path.of("target", "openapi", service + ".json");
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, PRETTY.writeValueAsString(document));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return document;
	}
}
