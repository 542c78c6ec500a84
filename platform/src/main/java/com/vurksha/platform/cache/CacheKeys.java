package com.vurksha.platform.cache;

/** Spells the Redis keys of cache entries and of each cache's generation counter. */
final class CacheKeys {

	private final String prefix;

	CacheKeys(String prefix) {
		this.prefix = (prefix != null) ? prefix : "";
	}

	String entry(String cacheName, long generation, String key) {
		return prefix + cacheName + ":" + generation + ":" + key;
	}

	String generation(String cacheName) {
		return prefix + cacheName + ":generation";
	}

	/** Cache names become key segments and metric tags, so they are kept to a safe alphabet. */
	static void check(String cacheName, String key) {
		if (cacheName == null || !cacheName.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
			throw new IllegalArgumentException(
					"cache name must be 1-64 lower-case letters, digits, '.', '_' or '-': " + cacheName);
		}
		if (key == null) {
			throw new IllegalArgumentException("cache key must not be null");
		}
	}
}
