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
 * {@code application.yml}, to the local ports (8081 user, 8082 product, 8083 cart, 8084 order,
 * 8085 payment, 8086 delivery, 8087 notification, 8088 search, 8089 file, 8091 admin).
 *
 * @param connectTimeout how long to wait for a TCP connection to any service (default 1 s)
 * @param user the user service
 * @param product the product service
 * @param cart the cart service
 * @param order the order service
 * @param payment the payment service
 * @param delivery the delivery service
 * @param notification the notification service (inbox, devices, notification preferences)
 * @param search the search service (product search, suggestions, recommendations)
 * @param file the file service (uploads, and the public images under {@code /cdn/**})
 * @param admin the admin service (reports, the audit log, and the operator console under {@code /admin/})
 */
@Validated
@ConfigurationProperties("vurksha.routes")
public record RoutesProperties(@DefaultValue("1s") Duration connectTimeout, @Valid @NotNull Downstream user,
		@Valid @NotNull Downstream product, @Valid @NotNull Downstream cart, @Valid @NotNull Downstream order,
		@Valid @NotNull Downstream payment, @Valid @NotNull Downstream delivery,
		@Valid @NotNull Downstream notification, @Valid @NotNull Downstream search, @Valid @NotNull Downstream file,
		@Valid @NotNull Downstream admin) {

	/**
	 * One service behind the gateway.
	 *
	 * @param uri base address of the service
	 * @param readTimeout how long to wait for the service's answer before giving up with 504 (default 5 s)
	 */
	public record Downstream(@NotNull URI uri, @DefaultValue("5s") Duration readTimeout) {
	}
}
