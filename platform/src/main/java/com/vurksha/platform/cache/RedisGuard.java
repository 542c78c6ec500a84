package com.vurksha.platform.cache;

import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Redis calls behind the circuit breaker named {@value #BREAKER_NAME}, answering with a fallback instead of
 * an error when Redis fails, is slow or is known to be down.
 *
 * <p>Most of what Redis holds can be rebuilt (cached values, rate-limit counters), so its failure must not fail
 * those requests; where Redis is the only store (carts), the fallback answers a retryable error instead. While the
 * breaker is open, calls skip Redis entirely and cost microseconds instead of a command timeout each; after the
 * configured wait it lets a trial call through to find out whether Redis is back.
 *
 * <p>A Redis that does not answer at all (a command timed out, the connection failed or is gone) opens the breaker
 * at once, for every caller in the JVM, rather than after the sliding window's minimum number of calls: a hung or
 * dead server must cost one timeout, not one per request until enough requests have paid it, which at low traffic
 * is never. Errors Redis answers with (a script error, say) only count in the window as usual.
 *
 * <p>Opening so also drops the client's connection, and so does a {@code READONLY} answer, so that the next trial
 * call connects afresh: through Sentinel, to whichever server is the primary by then. Without that, a connection to
 * a primary that hung, and was replaced by its replica meanwhile, would stay open and unanswered for as long as the
 * old primary hangs, and once it is back (demoted to a replica) every write would fail with {@code READONLY}.
 */
public class RedisGuard {

	public static final String BREAKER_NAME = "redis";

	private static final Logger log = LoggerFactory.getLogger(RedisGuard.class);

	private final CircuitBreaker breaker;

	private final Counter failures;

	private final Counter skipped;

	private final Runnable reconnect;

	public RedisGuard(CircuitBreaker breaker, MeterRegistry meters) {
		this(breaker, meters, () -> {
		});
	}

	/**
	 * @param reconnect drops the client's connection so that the next call connects afresh (Lettuce's
	 * {@code LettuceConnectionFactory#resetConnection})
	 */
	public RedisGuard(CircuitBreaker breaker, MeterRegistry meters, Runnable reconnect) {
		this.breaker = breaker;
		this.reconnect = reconnect;
		this.failures = fallbackCounter(meters, "error");
		this.skipped = fallbackCounter(meters, "circuit_open");
		breaker.getEventPublisher()
			.onStateTransition(event -> log.warn("Redis circuit breaker {}; Redis calls {}",
					event.getStateTransition(), permitsCalls(event.getStateTransition().getToState())
							? "go to Redis again" : "are skipped and served by fallbacks"));
	}

	/**
	 * Answers {@code redisCall}'s result, or {@code fallback}'s when Redis fails or its breaker is open. The fallback
	 * runs outside the breaker, so its own failures propagate and are not blamed on Redis.
	 */
	public <T> T run(Supplier<T> redisCall, Supplier<T> fallback) {
		try {
			return breaker.executeSupplier(redisCall);
		}
		catch (CallNotPermittedException ex) {
			skipped.increment();
			return fallback.get();
		}
		catch (RuntimeException ex) {
			failures.increment();
			if (RedisFailures.isUnreachable(ex)) {
				openAfterUnreachable(ex);
			}
			else {
				log.warn("Redis call failed, using fallback: {}", ex.toString());
				if (RedisFailures.isReadOnlyReplica(ex)) {
					reconnect("the server is a replica now");
				}
			}
			return fallback.get();
		}
	}

	/**
	 * Opens the breaker unless it is open already (reopening would restart the wait for every late failure of calls
	 * made before it opened) or was set by hand (disabled, forced, metrics only).
	 */
	private void openAfterUnreachable(RuntimeException ex) {
		CircuitBreaker.State state = breaker.getState();
		if (state == CircuitBreaker.State.CLOSED || state == CircuitBreaker.State.HALF_OPEN) {
			log.warn("Redis did not answer ({}); skipping Redis for every caller until a trial call succeeds",
					ex.toString());
			breaker.transitionToOpenState();
			reconnect("it did not answer");
		}
		else {
			log.debug("Redis call failed while the breaker is {}: {}", state, ex.toString());
		}
	}

	private void reconnect(String why) {
		try {
			reconnect.run();
			log.info("Dropped the Redis connection ({}); the next call connects afresh", why);
		}
		catch (RuntimeException ex) {
			log.warn("Could not drop the Redis connection: {}", ex.toString());
		}
	}

	/** Runs a Redis write whose loss is acceptable (a cache fill, an eviction); answers whether it was done. */
	public boolean tryRun(Runnable redisCall) {
		return run(() -> {
			redisCall.run();
			return true;
		}, () -> false);
	}

	/** Whether Redis calls currently go to Redis (breaker closed or probing) rather than straight to fallbacks. */
	public boolean isAvailable() {
		return permitsCalls(breaker.getState());
	}

	private static boolean permitsCalls(CircuitBreaker.State state) {
		return state != CircuitBreaker.State.OPEN && state != CircuitBreaker.State.FORCED_OPEN;
	}

	private static Counter fallbackCounter(MeterRegistry meters, String reason) {
		return Counter.builder("vurksha.redis.fallbacks")
			.description("Redis calls answered by a fallback instead of Redis")
			.tag("reason", reason)
			.register(meters);
	}
}
