package com.vurksha.cart.catalogue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Where the product service answers; timeouts, retries and the breaker of the call are the platform client's
 * {@code vurksha.clients.product.*}.
 *
 * @param productServiceUrl base URL of the product service (default {@code http://localhost:8082})
 * @param remember how long a variant's answer is used again before the product service is asked anew (default 2 s;
 *        0 asks every time). Prices and stock shown in the cart may be that old; checkout prices and reserves from
 *        the product service itself, so an order never is.
 * @param rememberMaximum how many variants are remembered at most (default 10,000)
 */
@Validated
@ConfigurationProperties("vurksha.catalogue")
public record CatalogueProperties(@DefaultValue("http://localhost:8082") @NotBlank String productServiceUrl,
		@DefaultValue("2s") Duration remember, @DefaultValue("10000") @Positive long rememberMaximum) {
}
