package com.vurksha.platform.observability;

import java.io.IOException;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the caller the trace its request joined, so an app's bug report (or a support call quoting the header)
 * leads straight to the trace and to every log line of the request.
 */
public class TraceIdResponseFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Trace-Id";

	private final Tracer tracer;

	public TraceIdResponseFilter(Tracer tracer) {
		this.tracer = tracer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Span span = tracer.currentSpan();
		if (span != null && !span.isNoop()) {
			response.setHeader(HEADER, span.context().traceId());
		}
		chain.doFilter(request, response);
	}
}
