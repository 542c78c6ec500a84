package com.vurksha.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import com.vurksha.gateway.ratelimit.RateLimitProperties.Budget;

/**
 * Buckets held in this gateway's memory, used while Redis is unreachable. With several gateway replicas each
 * keeps its own buckets, so a caller may get up to one budget per replica: looser, but never unlimited.
 */
class LocalBuckets {

	private final Cache<String, AtomicReference<TokenBucket>> buckets;

	private final Clock clock;

	LocalBuckets(Duration idleExpiry, Clock clock) {
		this.buckets = Caffeine.newBuilder().expireAfterAccess(idleExpiry).maximumSize(100_000).build();
		this.clock = clock;
	}

	Decision take(String key, Budget budget) {
		long now = clock.millis();
		AtomicReference<TokenBucket> bucket = buckets.get(key,
				ignored -> new AtomicReference<>(TokenBucket.full(budget, now)));
		while (true) {
			TokenBucket current = bucket.get();
			TokenBucket.Taken taken = current.take(budget, now);
			if (bucket.compareAndSet(current, taken.bucket())) {
				return taken.decision();
			}
		}
	}
}
