package com.vurksha.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** How a call to one instance went, as far as retrying it on another instance is concerned. */
enum Failure {

	/** The instance answered with something to pass on, an error of the service's own included. */
	NONE,

	/** No connection was made (refused, timed out, no route, unknown host): nothing reached the instance. */
	NOT_CONNECTED,

	/** The connection broke, or no answer came in time, after the request went out: the instance may have acted. */
	BROKE_AFTER_SENDING,

	/**
	 * A 502, or a 503 without {@code Retry-After}: the instance, or a proxy in front of it, could not take the call,
	 * as a dying or draining one answers. A 503 with {@code Retry-After} is a service's considered answer (it is
	 * shedding load, or a dependency of its own is down): another instance shares that dependency and that load, so
	 * it is passed on and the client waits as asked instead of the gateway doubling the load.
	 */
	UNAVAILABLE_ANSWER;

	static Failure of(IOException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
					|| cause instanceof HttpConnectTimeoutException || cause instanceof UnknownHostException) {
				return NOT_CONNECTED;
			}
		}
		return BROKE_AFTER_SENDING;
	}

	static Failure of(HttpStatusCode status, HttpHeaders headers) {
		if (status.value() == HttpStatus.BAD_GATEWAY.value()) {
			return UNAVAILABLE_ANSWER;
		}
		boolean unavailable = status.value() == HttpStatus.SERVICE_UNAVAILABLE.value();
		if (unavailable && !headers.containsHeader(HttpHeaders.RETRY_AFTER)) {
			return UNAVAILABLE_ANSWER;
		}
		return NONE;
	}
}
