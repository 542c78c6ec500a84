package com.vurksha.gateway.admission;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** One route group's permits and its count of shed requests. */
final class RouteLimit {

	static final String SHED_METRIC = "gateway.admission.shed";

	private final String name;

	private final List<PathPattern> paths;

	private final Set<String> methods;

	private final Semaphore permits;

	private final Counter shed;

	RouteLimit(AdmissionProperties.Group group, MeterRegistry meters) {
		this.name = group.name();
		this.paths = group.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.methods = group.methods();
		// fair: requests waiting for a permit get it in the order they came
		this.permits = new Semaphore(group.maxConcurrent(), true);
		this.shed = Counter.builder(SHED_METRIC)
			.description("Requests refused with 503 because the route group was at its concurrency limit")
			.tag("route", name)
			.register(meters);
	}

	boolean matches(String method, PathContainer path) {
		if (!methods.isEmpty() && !methods.contains(method)) {
			return false;
		}
		for (PathPattern pattern : paths) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	/** Takes a permit, waiting at most {@code maxWaitNanos}; counts the request as shed when none came free. */
	boolean tryEnter(long maxWaitNanos) throws InterruptedException {
		boolean admitted = (maxWaitNanos <= 0) ? permits.tryAcquire()
				: permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
		if (!admitted) {
			shed.increment();
		}
		return admitted;
	}

	void leave() {
		permits.release();
	}

	String name() {
		return name;
	}
}
