package com.vurksha.platform.observability;

import io.micrometer.tracing.Tracer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Adds the trace id to every response. Structured logs, Prometheus and trace propagation are Spring Boot's own,
 * switched on and tuned by the platform defaults ({@code vurksha-platform-defaults.properties}).
 */
@AutoConfiguration(after = { MicrometerTracingAutoConfiguration.class, OpenTelemetryTracingAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(Tracer.class)
public class ObservabilityAutoConfiguration {

	/** Runs just inside Spring's server observation filter, whose span is then the current one. */
	static final int TRACE_ID_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

	@Bean
	@ConditionalOnBean(Tracer.class)
	FilterRegistrationBean<TraceIdResponseFilter> traceIdResponseFilter(Tracer tracer) {
		FilterRegistrationBean<TraceIdResponseFilter> registration = new FilterRegistrationBean<>(
				new TraceIdResponseFilter(tracer));
		registration.setOrder(TRACE_ID_FILTER_ORDER);
		return registration;
	}
}
