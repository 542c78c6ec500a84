package com.vurksha.platform.http;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;

/**
 * Settings of one service client, bound from {@code vurksha.clients.<name>.*}.
 *
 * <p>How the defaults were chosen. A timeout or a breaker should say "this service is broken", never "this machine
 * is busy". Measured on the 2-core development machine with the whole system running (issue 8): unloaded, a whole
 * checkout of four downstream calls took p50 143 ms and p90 279 ms, so one call is well under 100 ms; under 16
 * concurrent shoppers single calls queued for seconds, the old 2 s read timeout fired (8 × 504) and the failures
 * it counted opened the order service's breaker on a product service that was working (29 × 503). So the read
 * timeout is 5 s, over 15 times the unloaded p90 of a whole checkout and above the queueing seen under that
 * overload, and the breaker decides on a window of 50 calls once 20 were made, at 50 % failures, counting only
 * what says the service is broken (see {@link ResilienceInterceptor}: no connection, a broken connection, no answer
 * within the read timeout, a 5xx other than 503). A connection is made in well under a millisecond on loopback or
 * in a cluster, and a refused one fails at once; 1 s covers a full accept queue on a busy host. Admission control
 * at the gateway, not these timeouts, is what keeps queues short under overload.
 *
 * @param connectTimeout how long to wait for a connection (default 1 s)
 * @param readTimeout how long to wait for the answer (default 5 s)
 * @param maxAttempts attempts of an idempotent call, the first included (default 3); other calls are tried once
 * @param initialBackoff wait before the first retry, doubled before each further one (default 100 ms)
 * @param maxBackoff the longest wait between two attempts (default 1 s)
 * @param failureRateThreshold percentage of failed calls that opens the breaker (default 50)
 * @param minimumCalls calls recorded before the failure rate counts (default 20)
 * @param slidingWindow how many recent calls the failure rate is taken over (default 50)
 * @param openDuration how long an open breaker refuses calls before letting a few through (default 10 s)
 * @param forwardAuthorization whether the incoming caller's {@code Authorization} goes along (default false); set
 * it for our own services' public APIs only, never for a third party such as a payment or SMS provider
 * @param audience for a client of another service's internal endpoints: that service's name, the audience of the
 * service token sent as {@code Authorization}; the caller's own token then goes along only as the customer's context
 * ({@code X-Customer-Token}), never as {@code Authorization} (default none)
 */
public record ClientSettings(@DefaultValue("1s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
		@DefaultValue("3") int maxAttempts, @DefaultValue("100ms") Duration initialBackoff,
		@DefaultValue("1s") Duration maxBackoff, @DefaultValue("50") float failureRateThreshold,
		@DefaultValue("20") int minimumCalls, @DefaultValue("50") int slidingWindow,
		@DefaultValue("10s") Duration openDuration, @DefaultValue("false") boolean forwardAuthorization, String audience) {

	public ClientSettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("max-attempts must be at least 1");
		}
		if (minimumCalls < 1 || slidingWindow < 1) {
			throw new IllegalArgumentException("minimum-calls and sliding-window must be at least 1");
		}
	}

	public static ClientSettings defaults() {
		return new ClientSettings(Duration.ofSeconds(1), Duration.ofSeconds(5), 3, Duration.ofMillis(100),
				Duration.ofSeconds(1), 50, 20, 50, Duration.ofSeconds(10), false, null);
	}

	/** These settings, forwarding the caller's {@code Authorization} to one of our own services. */
	public ClientSettings forwardingAuthorization() {
		return new ClientSettings(connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff,
				failureRateThreshold, minimumCalls, slidingWindow, openDuration, true, audience);
	}

	/** These settings, calling the internal endpoints of the service named {@code audience} with a service token. */
	public ClientSettings withAudience(String audience) {
		return new ClientSettings(connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff,
				failureRateThreshold, minimumCalls, slidingWindow, openDuration, forwardAuthorization, audience);
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
