package com.vurksha.platform.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts, per cache, hits by level, misses that went to the loader and reads served by the fallback. Counters are
 * looked up once per cache and kept: a first-level hit costs microseconds, and registering a meter on every hit
 * (building and comparing its tags) would cost more than the hit itself.
 */
public class CacheMetrics {

	private final MeterRegistry meters;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	public CacheMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	void hit(String cacheName, String level) {
		counters.computeIfAbsent("hits:" + level + ":" + cacheName,
				ignored -> Counter.builder("vurksha.cache.hits")
					.description("Cache reads answered from the cache")
					.tag("cache", cacheName)
					.tag("level", level)
					.register(meters))
			.increment();
	}

	void miss(String cacheName) {
		counters.computeIfAbsent("misses:" + cacheName,
				ignored -> Counter.builder("vurksha.cache.misses")
					.description("Cache reads that went to the loader")
					.tag("cache", cacheName)
					.register(meters))
			.increment();
	}

	void fallback(String cacheName) {
		counters.computeIfAbsent("fallbacks:" + cacheName,
				ignored -> Counter.builder("vurksha.cache.fallbacks")
					.description("Cache reads served by the loader because Redis was unavailable")
					.tag("cache", cacheName)
					.register(meters))
			.increment();
	}
}
