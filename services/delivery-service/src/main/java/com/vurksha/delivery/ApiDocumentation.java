package com.vurksha.delivery;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Describes the service in its OpenAPI document, including the bearer token the admin and internal calls need. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Vurksha delivery service", version = "1.0.0",
		description = "Delivery zones by pincode, delivery slots per zone and day, slot bookings held for orders, "
				+ "riders, and the delivery of packed orders by riders with tracking and a doorstep code. Times are "
				+ "instants in UTC; slots and rider shifts are laid out in Asia/Kolkata. Money is integer paise with "
				+ "currency INR."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class ApiDocumentation {
}
