package com.vurksha.embedded.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EmbeddedOpenSearchIntegrationTests {

	@Test
	void answersHttpWithTheHindiAnalyzerAndDeletesItsTemporaryFolder() throws Exception {
		Path home;
		try (EmbeddedOpenSearch node = EmbeddedOpenSearch.startTemporary()) {
			home = node.home();
			HttpClient http = HttpClient.newHttpClient();
			HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create(node.url())).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(root.statusCode()).isEqualTo(200);
			assertThat(root.body()).contains("\"number\" : \"2.19.6\"");
			HttpResponse<String> analyzed = http.send(HttpRequest.newBuilder(URI.create(node.url() + "/_analyze"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"analyzer\":\"hindi\",\"text\":\"प्याज़\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(analyzed.statusCode()).isEqualTo(200);
			assertThat(analyzed.body()).contains("\"tokens\"");
		}
		assertThat(home).doesNotExist();
	}
}
