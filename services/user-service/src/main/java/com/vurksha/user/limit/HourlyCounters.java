package com.vurksha.user.limit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import com.vurksha.platform.cache.RedisGuard;
import com.vurksha.platform.cache.RedisProperties;

/**
 * Fixed one-hour windows counted in Redis. When Redis fails, or the platform's Redis circuit is open, the answer
 * is empty and the caller falls back to a slower source instead of failing the request.
 */
@Component
public class HourlyCounters {

	private static final Duration WINDOW = Duration.ofHours(1);

	/** Increments and sets the expiry in one round trip, so a counter never outlives its window. */
	private static final RedisScript<Long> INCREMENT = RedisScript.of("""
			local n = redis.call('INCR', KEYS[1])
			if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
			return n""", Long.class);

	private final StringRedisTemplate redis;

	private final RedisGuard guard;

	private final String keyPrefix;

	private final Clock clock;

	HourlyCounters(StringRedisTemplate redis, RedisGuard guard, RedisProperties keys, Clock clock) {
		this.redis = redis;
		this.guard = guard;
		this.keyPrefix = keys.keyPrefix();
		this.clock = clock;
	}

	/** Counts one more event for {@code key} in the current hour; empty when Redis cannot answer. */
	public Optional<Count> increment(String key) {
		Instant now = clock.instant();
		long window = now.toEpochMilli() / WINDOW.toMillis();
		Duration resetsIn = Duration.between(now, Instant.ofEpochMilli((window + 1) * WINDOW.toMillis()));
		String redisKey = keyPrefix + "limit:" + key + ":" + window;
		return guard.run(() -> {
			Long count = redis.execute(INCREMENT, List.of(redisKey), String.valueOf(WINDOW.toMillis()));
			return Optional.of(new Count(count == null ? 0 : count, resetsIn));
		}, Optional::empty);
	}

	/** The count for {@code key} in the current hour without changing it; empty when Redis cannot answer. */
	public Optional<Long> current(String key) {
		long window = clock.instant().toEpochMilli() / WINDOW.toMillis();
		String redisKey = keyPrefix + "limit:" + key + ":" + window;
		return guard.run(() -> {
			String value = redis.opsForValue().get(redisKey);
			return Optional.of((value == null) ? 0L : Long.parseLong(value));
		}, Optional::empty);
	}

	/**
	 * A counter's value after the increment.
	 *
	 * @param resetsIn time until the window, and with it the counter, ends
	 */
	public record Count(long value, Duration resetsIn) {
	}
}
