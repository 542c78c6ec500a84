package com.vurksha.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The instances of one service, taken in turn (round robin) among those that are up. When none is up the gateway
 * still tries them all in turn: the health state may be older than a restart, and a refused connection costs
 * little and ends in the same 503 as skipping would.
 */
final class ServiceInstances {

	static final String DOWN_GAUGE = "vurksha.gateway.instances.down";

	static final String MARKED_DOWN_COUNTER = "vurksha.gateway.instances.marked.down";

	private final String service;

	private final List<Instance> instances;

	private final AtomicInteger turn = new AtomicInteger();

	ServiceInstances(String service, List<URI> addresses, MeterRegistry meters) {
		this.service = service;
		Counter markedDown = Counter.builder(MARKED_DOWN_COUNTER)
			.description("Times an instance of a service was taken out of the gateway's rotation")
			.tag("service", service)
			.register(meters);
		this.instances = addresses.stream().map(address -> new Instance(service, address, markedDown)).toList();
		Gauge.builder(DOWN_GAUGE, this, ServiceInstances::downCount)
			.description("Instances of a service the gateway currently sends no calls to")
			.tag("service", service)
			.register(meters);
	}

	String service() {
		return service;
	}

	List<Instance> all() {
		return instances;
	}

	/** The next instance that is up, or the next of all when none is. */
	Instance choose() {
		int start = Math.floorMod(turn.getAndIncrement(), instances.size());
		for (int i = 0; i < instances.size(); i++) {
			Instance candidate = instances.get((start + i) % instances.size());
			if (candidate.isUp()) {
				return candidate;
			}
		}
		return instances.get(start);
	}

	/** Another instance than the one that failed, one that is up when there is such, for the single retry. */
	Optional<Instance> other(Instance failed) {
		List<Instance> others = instances.stream().filter(instance -> instance != failed).toList();
		if (others.isEmpty()) {
			return Optional.empty();
		}
		int start = Math.floorMod(turn.getAndIncrement(), others.size());
		for (int i = 0; i < others.size(); i++) {
			Instance candidate = others.get((start + i) % others.size());
			if (candidate.isUp()) {
				return Optional.of(candidate);
			}
		}
		return Optional.of(others.get(start));
	}

	private int downCount() {
		return (int) instances.stream().filter(instance -> !instance.isUp()).count();
	}
}
