package com.vurksha.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import com.vurksha.gateway.ratelimit.RateLimitProperties.Budget;

/**
 * Buckets kept in Redis and shared by all gateway replicas. One Lua script reads, refills and takes atomically;
 * it uses the Redis server's clock so that replicas with drifting clocks still agree.
 */
class RedisBuckets {

	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> SCRIPT = RedisScript
		.of(new ClassPathResource("ratelimit/token-bucket.lua"), List.class);

	private final StringRedisTemplate redis;

	private final String keyPrefix;

	RedisBuckets(StringRedisTemplate redis, String keyPrefix) {
		this.redis = redis;
		this.keyPrefix = keyPrefix;
	}

	Decision take(String key, Budget budget) {
		List<?> result = redis.execute(SCRIPT, List.of(keyPrefix + key), String.valueOf(budget.perSecond()),
				String.valueOf(budget.burst()));
		if (result == null || result.size() != 3) {
			throw new IllegalStateException("Unexpected answer from the rate-limit script: " + result);
		}
		boolean allowed = ((Number) result.get(0)).longValue() == 1;
		long remaining = ((Number) result.get(1)).longValue();
		Duration retryAfter = Duration.ofMillis(((Number) result.get(2)).longValue());
		return new Decision(allowed, remaining, retryAfter);
	}
}
