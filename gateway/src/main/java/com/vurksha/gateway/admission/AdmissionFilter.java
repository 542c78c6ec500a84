package com.vurksha.gateway.admission;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vurksha.gateway.GatewayErrorCode;
import com.vurksha.platform.error.ErrorResponses;

/**
 * Lets a request through only while its route group has a permit free, and otherwise answers 503 with
 * {@code Retry-After} at once. It runs before the access token is checked, so a shed request costs neither the
 * signature check nor a rate-limit round trip nor a downstream call: under overload the gateway refuses quickly
 * instead of queueing requests until they time out.
 */
class AdmissionFilter extends OncePerRequestFilter {

	private final List<RouteLimit> limits;

	private final long maxWaitNanos;

	private final Duration retryAfter;

	AdmissionFilter(List<RouteLimit> limits, Duration maxWait, Duration retryAfter) {
		this.limits = limits;
		this.maxWaitNanos = maxWait.toNanos();
		this.retryAfter = retryAfter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RouteLimit limit = limitFor(request);
		if (limit == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!enter(limit)) {
			ErrorResponses.write(response, GatewayErrorCode.OVERLOADED,
					"The service is busy; please retry shortly", retryAfter);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			limit.leave();
		}
	}

	private RouteLimit limitFor(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		for (RouteLimit limit : limits) {
			if (limit.matches(request.getMethod(), path)) {
				return limit;
			}
		}
		return null;
	}

	private boolean enter(RouteLimit limit) {
		try {
			return limit.tryEnter(maxWaitNanos);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
