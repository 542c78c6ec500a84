package com.vurksha.platform.cache;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Caches whose eviction could not reach Redis (failed, or skipped while its breaker was open). Entries left in
 * Redis by such an eviction would otherwise be served stale for their whole TTL once Redis is back; instead the
 * whole cache is invalidated as soon as Redis can be reached again.
 */
final class PendingInvalidations {

	private final Set<String> cacheNames = ConcurrentHashMap.newKeySet();

	void add(String cacheName) {
		cacheNames.add(cacheName);
	}

	boolean isEmpty() {
		return cacheNames.isEmpty();
	}

	/** Invalidates each pending cache with {@code invalidateAll}, keeping those it could not reach. */
	void replay(Predicate<String> invalidateAll) {
		for (String cacheName : Set.copyOf(cacheNames)) {
			if (cacheNames.remove(cacheName) && !invalidateAll.test(cacheName)) {
				cacheNames.add(cacheName);
			}
		}
	}
}
