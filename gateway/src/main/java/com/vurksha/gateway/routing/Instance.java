package com.vurksha.gateway.routing;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One instance of a service with several: its base address and whether it is in the rotation. An instance starts in
 * it, so the gateway serves at once instead of waiting for the first health check; a failed connection or probe takes
 * it out, and only a successful probe puts it back, so a draining instance that still answers some calls but says it
 * is not ready stays out.
 */
final class Instance {

	private static final Log log = LogFactory.getLog(Instance.class);

	private final String service;

	private final URI address;

	private final Counter markedDown;

	private final AtomicBoolean up = new AtomicBoolean(true);

	Instance(String service, URI address, Counter markedDown) {
		this.service = service;
		this.address = address;
		this.markedDown = markedDown;
	}

	URI address() {
		return address;
	}

	boolean isUp() {
		return up.get();
	}

	void markDown(String why) {
		if (up.compareAndSet(true, false)) {
			markedDown.increment();
			log.warn("Instance " + address + " of the " + service + " service is down (" + why
					+ "); its calls go to the other instances");
		}
	}

	void markUp() {
		if (up.compareAndSet(false, true)) {
			log.warn("Instance " + address + " of the " + service + " service is ready again; it gets calls again");
		}
	}

	@Override
	public String toString() {
		return address + (isUp() ? " (up)" : " (down)");
	}
}
