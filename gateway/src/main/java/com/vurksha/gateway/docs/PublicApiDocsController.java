package com.vurksha.gateway.docs;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public API contract, all services in one document ({@code api/openapi.json}, packaged into the gateway): what
 * the app and its generated clients are built against. The build keeps it equal to the services' code.
 */
@RestController
class PublicApiDocsController {

	static final String PATH = "/v3/api-docs/public";

	private final byte[] document;

	PublicApiDocsController() throws IOException {
		try (InputStream in = new ClassPathResource("public-api/openapi.json").getInputStream()) {
			this.document = in.readAllBytes();
		}
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> document() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noCache())
			.body(document);
	}
}
