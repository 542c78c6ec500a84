package com.vurksha.platform.http;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;

/**
 * Settings of one service client, bound from {@code vurksha.clients.<name>.*}.
 *
 * @param connectTimeout how long to wait for a connection (default 1 s)
 * @param readTimeout how long to wait for the answer (default 2 s)
 * @param maxAttempts attempts of an idempotent call, the first included (default 3); other calls are tried once
 * @param initialBackoff wait before the first retry, doubled before each further one (default 100 ms)
 * @param maxBackoff the longest wait between two attempts (default 1 s)
 * @param failureRateThreshold percentage of failed calls that opens the breaker (default 50)
 * @param minimumCalls calls recorded before the failure rate counts (default 10)
 * @param slidingWindow how many recent calls the failure rate is taken over (default 20)
 * @param openDuration how long an open breaker refuses calls before letting a few through (default 10 s)
 * @param forwardAuthorization whether the incoming caller's {@code Authorization} goes along (default false); set
 * it for our own services only, never for a third party such as a payment or SMS provider
 */
public record ClientSettings(@DefaultValue("1s") Duration connectTimeout, @DefaultValue("2s") Duration readTimeout,
		@DefaultValue("3") int maxAttempts, @DefaultValue("100ms") Duration initialBackoff,
		@DefaultValue("1s") Duration maxBackoff, @DefaultValue("50") float failureRateThreshold,
		@DefaultValue("10") int minimumCalls, @DefaultValue("20") int slidingWindow,
		@DefaultValue("10s") Duration openDuration, @DefaultValue("false") boolean forwardAuthorization) {

	public ClientSettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("max-attempts must be at least 1");
		}
		if (minimumCalls < 1 || slidingWindow < 1) {
			throw new IllegalArgumentException("minimum-calls and sliding-window must be at least 1");
		}
	}

	public static ClientSettings defaults() {
		return new ClientSettings(Duration.ofSeconds(1), Duration.ofSeconds(2), 3, Duration.ofMillis(100),
				Duration.ofSeconds(1), 50, 10, 20, Duration.ofSeconds(10), false);
	}

	/** These settings, forwarding the caller's {@code Authorization} to one of our own services. */
	public ClientSettings forwardingAuthorization() {
		return new ClientSettings(connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff,
				failureRateThreshold, minimumCalls, slidingWindow, openDuration, true);
	}

	CircuitBreakerConfig breakerConfig() {
		return CircuitBreakerConfig.custom()
			.failureRateThreshold(failureRateThreshold)
			.minimumNumberOfCalls(minimumCalls)
			.slidingWindowSize(slidingWindow)
			.waitDurationInOpenState(openDuration)
			.permittedNumberOfCallsInHalfOpenState(2)
			.build();
	}

	IntervalFunction backoff() {
		return IntervalFunction.ofExponentialBackoff(initialBackoff, 2.0, maxBackoff);
	}
}
