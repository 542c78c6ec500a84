package com.vurksha.platform.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts, per cache, hits by level, misses that went to the loader and reads served by the fallback. */
public class CacheMetrics {

	private final MeterRegistry meters;

	public CacheMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	void hit(String cacheName, String level) {
		Counter.builder("vurksha.cache.hits")
			.description("Cache reads answered from the cache")
			.tag("cache", cacheName)
			.tag("level", level)
			.register(meters)
			.increment();
	}

	void miss(String cacheName) {
		Counter.builder("vurksha.cache.misses")
			.description("Cache reads that went to the loader")
			.tag("cache", cacheName)
			.register(meters)
			.increment();
	}

	void fallback(String cacheName) {
		Counter.builder("vurksha.cache.fallbacks")
			.description("Cache reads served by the loader because Redis was unavailable")
			.tag("cache", cacheName)
			.register(meters)
			.increment();
	}
}
