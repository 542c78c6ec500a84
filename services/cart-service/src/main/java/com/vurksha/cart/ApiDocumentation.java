package com.vurksha.cart;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Describes the service in its OpenAPI document, including the bearer token every cart call needs. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Vurksha cart service", version = "1.0.0",
		description = "The signed-in customer's cart, priced from the product service's current prices. Money is "
				+ "integer paise with currency INR."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class ApiDocumentation {
}
