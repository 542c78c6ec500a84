package com.vurksha.platform.http;

import java.util.Map;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;

import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Lets a task on another thread call other services as the submitting request would: it runs with that request's
 * attributes (so {@link CallerContextInterceptor} forwards the caller's {@code Authorization}), its logging context
 * (so the request id goes along and its log lines carry it) and its current observation (so the calls are spans of
 * the same trace). The submitting request must wait for the task: the request's attributes are valid only while it
 * runs.
 */
public final class CallerContextTaskDecorator implements TaskDecorator {

	private final ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();

	@Override
	public Runnable decorate(Runnable task) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Map<String, String> logging = MDC.getCopyOfContextMap();
		ContextSnapshot observation = snapshots.captureAll();
		return () -> {
			RequestAttributes previousRequest = RequestContextHolder.getRequestAttributes();
			Map<String, String> previousLogging = MDC.getCopyOfContextMap();
			RequestContextHolder.setRequestAttributes(request);
			setLogging(logging);
			try (ContextSnapshot.Scope scope = observation.setThreadLocals()) {
				task.run();
			}
			finally {
				RequestContextHolder.setRequestAttributes(previousRequest);
				setLogging(previousLogging);
			}
		};
	}

	private static void setLogging(Map<String, String> context) {
		if (context == null) {
			MDC.clear();
		}
		else {
			MDC.setContextMap(context);
		}
	}
}
