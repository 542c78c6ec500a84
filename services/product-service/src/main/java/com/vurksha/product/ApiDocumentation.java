package com.vurksha.product;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Describes the service in its OpenAPI document, including the bearer token the admin calls need. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Vurksha product service", version = "1.0.0",
		description = "Catalogue (categories, farms, products with their packs), stock and verified reviews. Money is "
				+ "integer paise with currency INR."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class ApiDocumentation {
}
