package com.vurksha.platform.events;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/** The W3C {@code traceparent} of the current span, so that a consumer's work joins the producer's trace. */
final class TraceParents {

	private final Tracer tracer;

	TraceParents(Tracer tracer) {
		this.tracer = tracer;
	}

	/** {@code null} when tracing is off or no span is active. */
	String current() {
		Span span = (tracer != null) ? tracer.currentSpan() : null;
		if (span == null || span.isNoop()) {
			return null;
		}
		TraceContext context = span.context();
		String traceId = leftPad(context.traceId(), 32);
		String spanId = leftPad(context.spanId(), 16);
		if (traceId.chars().allMatch(c -> c == '0')) {
			return null;
		}
		String flags = Boolean.TRUE.equals(context.sampled()) ? "01" : "00";
		return "00-" + traceId + "-" + spanId + "-" + flags;
	}

	private static String leftPad(String hex, int length) {
		return (hex.length() >= length) ? hex : "0".repeat(length - hex.length()) + hex;
	}
}
