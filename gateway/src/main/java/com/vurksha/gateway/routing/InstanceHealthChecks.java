package com.vurksha.gateway.routing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;

import com.vurksha.gateway.routing.RoutesProperties.HealthCheck;

/**
 * Asks each instance of the services with several for its readiness, every {@link HealthCheck#interval()}: an
 * answer other than 2xx within {@link HealthCheck#timeout()} (a refused connection, a timeout, a 503 from an instance
 * that is starting or draining) takes the instance out of the rotation, a 2xx puts it back. One daemon thread ticks;
 * the probes themselves are asynchronous, and an instance whose previous probe is still out is not asked again.
 */
final class InstanceHealthChecks implements SmartLifecycle {

	private final Collection<ServiceInstances> services;

	private final HealthCheck settings;

	private volatile HttpClient http;

	private final Set<Instance> probing = ConcurrentHashMap.newKeySet();

	private volatile ScheduledExecutorService ticks;

	InstanceHealthChecks(Collection<ServiceInstances> services, HealthCheck settings) {
		this.services = services;
		this.settings = settings;
	}

	@Override
	public void start() {
		if (services.isEmpty()) {
			return;
		}
		http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "instance-health-checks");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::probeAll, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
		ticks = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = ticks;
		if (executor != null) {
			executor.shutdownNow();
			ticks = null;
		}
	}

	@Override
	public boolean isRunning() {
		return ticks != null;
	}

	private void probeAll() {
		for (ServiceInstances service : services) {
			service.all().forEach(this::probe);
		}
	}

	private void probe(Instance instance) {
		if (!probing.add(instance)) {
			return;
		}
		try {
			URI readiness = instance.address().resolve(settings.path());
			HttpRequest request = HttpRequest.newBuilder(readiness).timeout(settings.timeout()).GET().build();
			http.sendAsync(request, BodyHandlers.discarding()).whenComplete((response, error) -> {
				try {
					record(instance, response, error);
				}
				finally {
					probing.remove(instance);
				}
			});
		}
		catch (RuntimeException ex) {
			// a probe that cannot even be sent must not end the schedule of all the others
			probing.remove(instance);
			instance.markDown("readiness probe could not be sent: " + ex);
		}
	}

	private static void record(Instance instance, HttpResponse<Void> response, Throwable error) {
		if (error != null) {
			instance.markDown("readiness probe failed: " + NestedExceptionUtils.getMostSpecificCause(error));
		}
		else if (response.statusCode() / 100 != 2) {
			instance.markDown("readiness answered " + response.statusCode());
		}
		else {
			instance.markUp();
		}
	}
}
