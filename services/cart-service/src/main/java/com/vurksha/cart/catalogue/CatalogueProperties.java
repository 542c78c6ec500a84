package com.vurksha.cart.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * Where the product service answers; timeouts, retries and the breaker of the call are the platform client's
 * {@code vurksha.clients.product.*}.
 *
 * @param productServiceUrl base URL of the product service (default {@code http://localhost:8082})
 */
@Validated
@ConfigurationProperties("vurksha.catalogue")
public record CatalogueProperties(@DefaultValue("http://localhost:8082") @NotBlank String productServiceUrl) {
}
