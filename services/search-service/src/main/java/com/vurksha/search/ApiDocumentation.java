package com.vurksha.search;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Describes the service in its OpenAPI document, including the bearer token the signed-in calls need. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Vurksha search service", version = "1.0.0",
		description = "Product search with typo tolerance, Hindi names and Hinglish spellings, facets and "
				+ "suggestions; recommendations from delivered orders. Money is integer paise."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class ApiDocumentation {
}
