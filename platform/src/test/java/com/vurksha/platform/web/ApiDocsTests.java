package com.vurksha.platform.web;

import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsTests {

	@Test
	void pointsTryItOutAtTheHostServingThePage() {
		OpenAPI openApi = new OpenAPI();

		ApiDocsAutoConfiguration.describe(openApi, "user-service");

		assertThat(openApi.getServers()).singleElement().satisfies(server -> assertThat(server.getUrl()).isEqualTo("/"));
	}

	@Test
	void namesTheServiceWhenNoTitleWasGiven() {
		OpenAPI openApi = new OpenAPI().info(new Info().title("OpenAPI definition").version("v0"));

		ApiDocsAutoConfiguration.describe(openApi, "user-service");

		assertThat(openApi.getInfo().getTitle()).isEqualTo("Vurksha user service");
		assertThat(openApi.getInfo().getVersion()).isEqualTo("1.0.0");
	}

	@Test
	void keepsAServicesOwnTitleAndAddsTheBearerScheme() {
		OpenAPI openApi = new OpenAPI().info(new Info().title("Vurksha product service").version("1.0.0"));

		ApiDocsAutoConfiguration.describe(openApi, "product-service");

		assertThat(openApi.getInfo().getTitle()).isEqualTo("Vurksha product service");
		assertThat(openApi.getComponents().getSecuritySchemes()).containsKey("bearer");
	}
}
