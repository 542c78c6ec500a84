package com.vurksha.platform.web;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import com.vurksha.platform.api.Meta;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Makes every service's OpenAPI document fit the gateway's single Swagger UI: a relative server, so "try it out"
 * goes through whichever host serves the page (the gateway), a title naming the service, and the bearer scheme.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class ApiDocsAutoConfiguration {

	static final String BEARER = "bearer";

	private static final String DEFAULT_TITLE = "OpenAPI definition";

	@Bean
	OpenApiCustomizer vurkshaApiDocs(@Value("${spring.application.name:vurksha}") String application) {
		return openApi -> describe(openApi, application);
	}

	static void describe(OpenAPI openApi, String application) {
		openApi.setServers(List.of(new Server().url("/").description("the host serving this page (the gateway)")));
		Info info = (openApi.getInfo() != null) ? openApi.getInfo() : new Info();
		if (info.getTitle() == null || DEFAULT_TITLE.equals(info.getTitle())) {
			info.setTitle("Vurksha " + application.replace('-', ' '));
		}
		if (info.getVersion() == null || "v0".equals(info.getVersion())) {
			info.setVersion(Meta.API_VERSION);
		}
		openApi.setInfo(info);
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		if (components.getSecuritySchemes() == null || !components.getSecuritySchemes().containsKey(BEARER)) {
			components.addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
		}
		openApi.setComponents(components);
	}
}
