package com.vurksha.platform.events;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TraceParentsTests {

	private final SdkTracerProvider provider = SdkTracerProvider.builder().build();

	private final Tracer tracer = new OtelTracer(provider.get("test"), new OtelCurrentTraceContext(), event -> {
	});

	private final TraceParents traceParents = new TraceParents(tracer);

	@AfterEach
	void closeProvider() {
		provider.close();
	}

	@Test
	void writesTheCurrentSpanAsAW3cTraceparent() {
		Span span = tracer.nextSpan().name("rename product").start();
		try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
			assertThat(traceParents.current())
				.isEqualTo("00-" + span.context().traceId() + "-" + span.context().spanId() + "-01")
				.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
		}
		finally {
			span.end();
		}
	}

	@Test
	void isAbsentOutsideASpan() {
		assertThat(traceParents.current()).isNull();
	}

	@Test
	void isAbsentWithoutTracing() {
		assertThat(new TraceParents(null).current()).isNull();
	}
}
