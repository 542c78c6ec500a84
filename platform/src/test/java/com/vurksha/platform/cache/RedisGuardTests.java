package com.vurksha.platform.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;

import com.vurksha.platformtest.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisGuardTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final CircuitBreaker breaker = CircuitBreaker.of("redis", CircuitBreakerConfig.custom()
		.slidingWindowSize(4)
		.minimumNumberOfCalls(4)
		.failureRateThreshold(50)
		.waitDurationInOpenState(Duration.ofSeconds(5))
		.permittedNumberOfCallsInHalfOpenState(1)
		.clock(clock)
		.build());

	private final AtomicInteger reconnects = new AtomicInteger();

	private final RedisGuard guard = new RedisGuard(breaker, meters, reconnects::incrementAndGet);

	private final AtomicInteger redisCalls = new AtomicInteger();

	@Test
	void answersWithRedisWhenRedisWorks() {
		assertThat(guard.run(() -> "from-redis", () -> "fallback")).isEqualTo("from-redis");
		assertThat(guard.isAvailable()).isTrue();
	}

	@Test
	void letsFallbackFailuresThrough() {
		assertThatThrownBy(() -> guard.run(this::failingRedis, () -> {
			throw new IllegalStateException("database down too");
		})).hasMessage("database down too");
	}

	@Nested
	class WhenRedisDoesNotAnswer {

		@Test
		void opensTheBreakerOnTheFirstTimeout() {
			guard.run(() -> {
				throw new QueryTimeoutException("Redis command timed out", new RedisCommandTimeoutException());
			}, () -> "fallback");

			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
			assertThat(guard.run(RedisGuardTests.this::failingRedis, () -> "fallback")).isEqualTo("fallback");
			assertThat(redisCalls).hasValue(0);
		}

		@Test
		void opensTheBreakerOnTheFirstRefusedConnection() {
			guard.run(RedisGuardTests.this::unreachableRedis, () -> "fallback");

			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		}

		@Test
		void opensTheBreakerOnACommandRejectedWhileDisconnected() {
			guard.run(() -> {
				throw new RedisSystemException("Redis exception",
						new RedisException("Currently not connected. Commands are rejected."));
			}, () -> "fallback");

			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		}

		@Test
		void opensTheBreakerAgainWhenTheTrialCallTimesOut() {
			guard.run(RedisGuardTests.this::unreachableRedis, () -> "fallback");
			clock.advance(Duration.ofSeconds(6));

			guard.run(RedisGuardTests.this::unreachableRedis, () -> "fallback");

			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
			assertThat(redisCalls).hasValue(2);
		}

		@Test
		void dropsTheConnectionOnceSoTheTrialCallConnectsAfresh() {
			guard.run(RedisGuardTests.this::unreachableRedis, () -> "fallback");
			guard.run(RedisGuardTests.this::unreachableRedis, () -> "fallback");

			assertThat(reconnects).hasValue(1);
		}

		@Test
		void leavesABreakerSetByHandAsItIs() {
			breaker.transitionToDisabledState();

			guard.run(RedisGuardTests.this::unreachableRedis, () -> "fallback");

			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.DISABLED);
		}
	}

	@Nested
	class WhenRedisAnswersWithErrors {

		@Test
		void keepsTheBreakerClosedUntilTheWindowSeesEnoughFailures() {
			guard.run(RedisGuardTests.this::failingRedis, () -> "fallback");

			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
			assertThat(reconnects).hasValue(0);
		}

		@Test
		void dropsTheConnectionToAServerThatBecameAReplica() {
			guard.run(() -> {
				throw new RedisSystemException("Error in execution",
						new RedisCommandExecutionException("READONLY You can't write against a read only replica."));
			}, () -> "fallback");

			assertThat(reconnects).hasValue(1);
			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		}

		@Test
		void servesTheFallbackAndCountsIt() {
			assertThat(guard.run(RedisGuardTests.this::failingRedis, () -> "fallback")).isEqualTo("fallback");
			assertThat(meters.counter("vurksha.redis.fallbacks", "reason", "error").count()).isEqualTo(1);
		}

		@Test
		void reportsAFailedWriteInsteadOfThrowing() {
			assertThat(guard.tryRun(() -> failingRedis())).isFalse();
			assertThat(guard.tryRun(() -> redisCalls.incrementAndGet())).isTrue();
		}

		@Test
		void stopsCallingRedisOnceTheBreakerOpens() {
			failFourTimes();
			int callsWhenOpened = redisCalls.get();

			assertThat(guard.run(RedisGuardTests.this::failingRedis, () -> "fallback")).isEqualTo("fallback");

			assertThat(redisCalls).hasValue(callsWhenOpened);
			assertThat(guard.isAvailable()).isFalse();
			assertThat(meters.counter("vurksha.redis.fallbacks", "reason", "circuit_open").count()).isEqualTo(1);
		}

		@Test
		void findsRedisAgainAfterTheWait() {
			failFourTimes();
			clock.advance(Duration.ofSeconds(6));

			assertThat(guard.run(() -> {
				redisCalls.incrementAndGet();
				return "back";
			}, () -> "fallback")).isEqualTo("back");

			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
			assertThat(guard.isAvailable()).isTrue();
		}

		@Test
		void staysOpenWhileRedisIsStillDown() {
			failFourTimes();
			clock.advance(Duration.ofSeconds(6));

			guard.run(RedisGuardTests.this::failingRedis, () -> "fallback");

			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		}

		private void failFourTimes() {
			for (int i = 0; i < 4; i++) {
				guard.run(RedisGuardTests.this::failingRedis, () -> "fallback");
			}
			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		}
	}

	/** Redis answers, with an error. */
	private String failingRedis() {
		redisCalls.incrementAndGet();
		throw new RedisSystemException("Error in execution",
				new RedisCommandExecutionException("ERR Error running script"));
	}

	private String unreachableRedis() {
		redisCalls.incrementAndGet();
		throw new RedisConnectionFailureException("Unable to connect to Redis",
				new RedisConnectionException("Connection refused"));
	}
}
