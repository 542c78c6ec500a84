package com.vurksha.platform.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.vurksha.platformtest.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hung Redis (its process stopped with {@code SIGSTOP}: connections stay open and nothing answers) against the
 * guard with the platform's breaker settings: the first call waits out its command timeout and every later call in
 * the JVM skips Redis, however few calls there are, until a trial call after the wait finds Redis back. Asserted on
 * the breaker and the calls that reached Redis, not on elapsed time.
 */
class FrozenRedisIntegrationTests {

	@RegisterExtension
	static final OwnStandaloneRedis servers = new OwnStandaloneRedis();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	/** As vurksha-platform-defaults.properties sets the breaker "redis". */
	private final CircuitBreaker breaker = CircuitBreaker.of(RedisGuard.BREAKER_NAME, CircuitBreakerConfig.custom()
		.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
		.slidingWindowSize(20)
		.minimumNumberOfCalls(5)
		.failureRateThreshold(50)
		.slowCallDurationThreshold(Duration.ofMillis(200))
		.slowCallRateThreshold(80)
		.waitDurationInOpenState(Duration.ofSeconds(5))
		.permittedNumberOfCallsInHalfOpenState(1)
		.clock(clock)
		.build());

	private final LettuceConnectionFactory factory = connectionFactory();

	private final RedisGuard guard = new RedisGuard(breaker, meters, factory::resetConnection);

	private final StringRedisTemplate redis = new StringRedisTemplate(factory);

	private final AtomicInteger redisCalls = new AtomicInteger();

	@AfterEach
	void closeConnections() {
		factory.destroy();
	}

	@Test
	void oneTimeoutSendsTheNextCallsStraightToTheFallback() {
		redis.opsForValue().set("price", "4000");
		servers.primary().freeze();
		try {
			assertThat(guard.run(this::readPrice, () -> "fallback")).isEqualTo("fallback");
			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

			for (int i = 0; i < 50; i++) {
				assertThat(guard.run(this::readPrice, () -> "fallback")).isEqualTo("fallback");
			}

			assertThat(redisCalls).hasValue(1);
			assertThat(fallbacks("error")).isEqualTo(1);
			assertThat(fallbacks("circuit_open")).isEqualTo(50);
			assertThat(guard.isAvailable()).isFalse();
		}
		finally {
			servers.primary().thaw();
		}
	}

	@Test
	void aTrialCallIntoAStillHungRedisOpensTheBreakerAgain() {
		redis.opsForValue().set("price", "4000");
		servers.primary().freeze();
		try {
			guard.run(this::readPrice, () -> "fallback");
			clock.advance(Duration.ofSeconds(6));

			assertThat(guard.run(this::readPrice, () -> "fallback")).isEqualTo("fallback");
			for (int i = 0; i < 10; i++) {
				guard.run(this::readPrice, () -> "fallback");
			}

			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
			assertThat(redisCalls).hasValue(2);
			assertThat(fallbacks("circuit_open")).isEqualTo(10);
		}
		finally {
			servers.primary().thaw();
		}
	}

	@Test
	void callsReachRedisAgainOnceItIsThawedAndTheWaitIsOver() {
		redis.opsForValue().set("price", "4000");
		servers.primary().freeze();
		try {
			guard.run(this::readPrice, () -> "fallback");
		}
		finally {
			servers.primary().thaw();
		}
		assertThat(guard.run(this::readPrice, () -> "fallback")).isEqualTo("fallback");

		clock.advance(Duration.ofSeconds(6));

		assertThat(guard.run(this::readPrice, () -> "fallback")).isEqualTo("4000");
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(redisCalls).hasValue(2);
	}

	/** Lettuce bounds the handshake of a new connection by the command timeout; the connection itself succeeds. */
	@Test
	void aConnectionMadeToAHungRedisGivesUpAndOpensTheBreakerToo() {
		servers.primary().freeze();
		try {
			assertThat(guard.run(this::readPrice, () -> "fallback")).isEqualTo("fallback");
			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		}
		finally {
			servers.primary().thaw();
		}
	}

	@Test
	void anErrorRedisAnswersWithDoesNotOpenTheBreakerOnItsOwn() {
		redis.opsForHash().put("not-a-string", "field", "value");

		assertThat(guard.run(() -> redis.opsForValue().get("not-a-string"), () -> "fallback")).isEqualTo("fallback");

		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(fallbacks("error")).isEqualTo(1);
	}

	private String readPrice() {
		redisCalls.incrementAndGet();
		return redis.opsForValue().get("price");
	}

	private double fallbacks(String reason) {
		return meters.counter("vurksha.redis.fallbacks", "reason", reason).count();
	}

	/** As the platform configures Lettuce: 150 ms commands, 200 ms connects, no queueing while disconnected. */
	private static LettuceConnectionFactory connectionFactory() {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", servers.primary().port()),
				LettuceClientConfiguration.builder()
					.commandTimeout(Duration.ofMillis(150))
					.clientOptions(ClientOptions.builder()
						.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
						.socketOptions(SocketOptions.builder().connectTimeout(Duration.ofMillis(200)).build())
						.build())
					.build());
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}
}
