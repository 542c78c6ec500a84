package com.vurksha.order;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Describes the service in its OpenAPI document, including the bearer token every call needs. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Vurksha order service", version = "1.0.0",
		description = "Checkout, orders and their status. Money is integer paise with currency INR; prices include GST."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class ApiDocumentation {
}
