package com.vurksha.gateway.ratelimit;

import com.vurksha.gateway.ratelimit.RateLimitProperties.Budget;
import com.vurksha.platform.cache.RedisGuard;

/**
 * Takes a token from the caller's bucket in Redis, or from an in-process bucket when Redis fails. The platform's
 * Redis guard keeps a dead Redis from costing a connection attempt per request: while its circuit is open the
 * in-process buckets answer straight away, and a few trial calls later find out whether Redis is back.
 */
class RateLimiter {

	private final RedisBuckets redis;

	private final LocalBuckets local;

	private final RedisGuard guard;

	RateLimiter(RedisBuckets redis, LocalBuckets local, RedisGuard guard) {
		this.redis = redis;
		this.local = local;
		this.guard = guard;
	}

	Decision take(String key, Budget budget) {
		return guard.run(() -> redis.take(key, budget), () -> local.take(key, budget));
	}
}
