package com.vurksha.payment;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Describes the service in its OpenAPI document, including the bearer token the customer calls need. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Vurksha payment service", version = "1.0.0",
		description = "Online payments for orders (Razorpay, or a simulator when run locally), provider webhooks and "
				+ "refunds. Money is integer paise with currency INR."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class ApiDocumentation {
}
