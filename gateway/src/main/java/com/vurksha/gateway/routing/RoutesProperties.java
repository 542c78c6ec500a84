package com.vurksha.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where each service lives and how long the gateway waits for it. The addresses default, in
 * {@code application.yml}, to the local ports (8081 user, 8082 product, 8083 cart, 8084 order,
 * 8085 payment, 8086 delivery, 8087 notification, 8088 search, 8089 file, 8091 admin).
 *
 * <p>A service may instead run as several instances ({@code vurksha.routes.<service>.instances}, a list of base
 * addresses, comma-separated in one property or environment variable): the gateway then balances across them, skips
 * instances that are down and retries a failed call once on another one ({@link BalancingInterceptor}).
 *
 * @param connectTimeout how long to wait for a TCP connection to any service (default 1 s)
 * @param healthCheck how the instances of services with several are probed
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
public record RoutesProperties(@DefaultValue("1s") Duration connectTimeout,
		@Valid @NotNull @DefaultValue HealthCheck healthCheck, @Valid @NotNull Downstream user,
		@Valid @NotNull Downstream product, @Valid @NotNull Downstream cart, @Valid @NotNull Downstream order,
		@Valid @NotNull Downstream payment, @Valid @NotNull Downstream delivery,
		@Valid @NotNull Downstream notification, @Valid @NotNull Downstream search, @Valid @NotNull Downstream file,
		@Valid @NotNull Downstream admin) {

	/** The services by name, as the routes, breakers and metrics call them. */
	public Map<String, Downstream> byName() {
		Map<String, Downstream> services = new LinkedHashMap<>();
		services.put("user", user);
		services.put("product", product);
		services.put("cart", cart);
		services.put("order", order);
		services.put("payment", payment);
		services.put("delivery", delivery);
		services.put("notification", notification);
		services.put("search", search);
		services.put("file", file);
		services.put("admin", admin);
		return services;
	}

	/**
	 * One service behind the gateway.
	 *
	 * @param uri base address of the service, when it has one address (as a Kubernetes Service has)
	 * @param instances base addresses of the service's instances, when the gateway balances across them itself;
	 * takes the place of {@code uri}
	 * @param readTimeout how long to wait for the service's answer before giving up with 504 (default 5 s)
	 */
	public record Downstream(URI uri, List<URI> instances, @DefaultValue("5s") Duration readTimeout) {

		public Downstream {
			instances = (instances == null) ? List.of() : List.copyOf(instances);
		}

		/** The addresses calls go to: the instances when there are any, else the one {@code uri}. */
		public List<URI> addresses() {
			return instances.isEmpty() ? List.of(uri) : instances;
		}

		@AssertTrue(message = "needs a uri or a list of instances")
		public boolean isAddressed() {
			return uri != null || !instances.isEmpty();
		}
	}

	/**
	 * The active health check of services with several instances: each instance's readiness is asked every
	 * {@code interval}; an instance that does not answer 2xx within {@code timeout} is taken out of the rotation until
	 * it does again.
	 *
	 * @param interval time between two probes of an instance (default 2 s)
	 * @param timeout how long a probe may take, connection included (default 1 s)
	 * @param path the readiness path on an instance's address (default {@code /actuator/health/readiness}, on the
	 * services' main port)
	 */
	public record HealthCheck(@DefaultValue("2s") Duration interval, @DefaultValue("1s") Duration timeout,
			@DefaultValue("/actuator/health/readiness") @NotNull String path) {
	}
}
