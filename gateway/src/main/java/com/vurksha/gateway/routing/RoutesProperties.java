package com.vurksha.gateway.routing;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where each service lives and how long the gateway waits for it. The addresses default, in
 * {@code application.yml}, to the local ports (8081 user, 8082 product).
 *
 * @param connectTimeout how long to wait for a TCP connection to any service (default 1 s)
 * @param user the user service
 * @param product the product service
 */
@Validated
@ConfigurationProperties("vurksha.routes")
public record RoutesProperties(@DefaultValue("1s") Duration connectTimeout, @Valid @NotNull Downstream user,
		@Valid @NotNull Downstream product) {

	/**
	 * One service behind the gateway.
	 *
	 * @param uri base address of the service
	 * @param readTimeout how long to wait for the service's answer before giving up with 504 (default 5 s)
	 */
	public record Downstream(@NotNull URI uri, @DefaultValue("5s") Duration readTimeout) {
	}
}
