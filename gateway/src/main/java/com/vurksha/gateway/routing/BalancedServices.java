package com.vurksha.gateway.routing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import com.vurksha.gateway.routing.RoutesProperties.Downstream;

/**
 * The services the gateway balances itself: those configured with more than one instance. A service with one
 * address (a Kubernetes Service, or {@code make run}) is not among them and is called as before, with no health
 * check and no retry: behind one address the gateway cannot choose another instance.
 */
final class BalancedServices {

	private final Map<String, ServiceInstances> services = new LinkedHashMap<>();

	BalancedServices(Map<String, Downstream> downstreams, MeterRegistry meters) {
		downstreams.forEach((name, downstream) -> {
			if (downstream.addresses().size() > 1) {
				services.put(name, new ServiceInstances(name, downstream.addresses(), meters));
			}
		});
	}

	Optional<ServiceInstances> of(String service) {
		return Optional.ofNullable(services.get(service));
	}

	Collection<ServiceInstances> all() {
		return services.values();
	}
}
