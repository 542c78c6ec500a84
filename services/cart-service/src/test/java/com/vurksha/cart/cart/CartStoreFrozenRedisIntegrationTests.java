package com.vurksha.cart.cart;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platform.cache.RedisGuard;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platformtest.RedisServers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The cart's store against a hung Redis of the test's own (its process stopped with {@code SIGSTOP}): the first call
 * waits out the command timeout and answers the retryable CART_UNAVAILABLE; the next ones answer it without going
 * to Redis at all. Asserted on the breaker and its counters, not on elapsed time.
 */
class CartStoreFrozenRedisIntegrationTests extends CartOnOwnRedisTests {

	static final RedisServers redis = RedisServers.standalone();

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		registerStandalone(registry, redis);
	}

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	MeterRegistry meters;

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	@AfterEach
	void closeBreaker() {
		breaker().reset();
	}

	@Test
	void answersUnavailableAtOnceAfterOneCallFoundRedisHung() {
		putTomatoes();
		redis.primary().freeze();
		try {
			ApiException first = catchThrowableOfType(ApiException.class, () -> store.load(userId));
			double skippedBefore = fallbacks("circuit_open");

			ApiException second = catchThrowableOfType(ApiException.class, this::putOnions);
			ApiException third = catchThrowableOfType(ApiException.class, () -> store.load(userId));

			assertThat(first.code()).isEqualTo(CartErrorCode.CART_UNAVAILABLE);
			assertThat(second.code()).isEqualTo(CartErrorCode.CART_UNAVAILABLE);
			assertThat(third.code()).isEqualTo(CartErrorCode.CART_UNAVAILABLE);
			assertThat(third.retryAfter()).isPositive();
			assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
			assertThat(fallbacks("circuit_open") - skippedBefore).isEqualTo(2);
			assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
		}
		finally {
			redis.primary().thaw();
		}
	}

	@Test
	void keepsTheCartOnceRedisIsBack() {
		putTomatoes();
		redis.primary().freeze();
		try {
			catchThrowableOfType(ApiException.class, () -> store.load(userId));
		}
		finally {
			redis.primary().thaw();
		}
		breaker().transitionToHalfOpenState();

		assertThat(store.load(userId).lines()).extracting(StoredLine::variantId, StoredLine::quantity)
			.containsExactly(tuple("var-tomato-kg1", 2));
		assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	private CircuitBreaker breaker() {
		return breakers.circuitBreaker(RedisGuard.BREAKER_NAME);
	}

	private double fallbacks(String reason) {
		Counter counter = meters.find("vurksha.redis.fallbacks").tag("reason", reason).counter();
		return (counter != null) ? counter.count() : 0;
	}
}
