package com.vurksha.platform.cache;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Reads, fills and evicts single cache entries in Redis so that a fill can never undo an eviction.
 *
 * <p>An eviction does not delete the entry but replaces it with a tombstone, a marker unique to that eviction. A
 * reader remembers what it saw when it missed (nothing, or a tombstone), and its fill succeeds only if the key
 * still holds exactly that, atomically in one script. A reader that missed before the eviction, loaded the old
 * row and fills after it, therefore finds a tombstone it did not see and leaves the entry alone; a reader that
 * missed after the eviction sees the tombstone and replaces it with what it loaded, which is already fresh.
 */
final class CacheEntries {

	/** Outlives any loader, so a fill that started before an eviction finds its tombstone still there. */
	static final Duration TOMBSTONE_TTL = Duration.ofMinutes(1);

	/** Values are JSON, which never starts with '!'; a tombstone cannot be mistaken for a value. */
	private static final String TOMBSTONE_PREFIX = "!evicted:";

	private static final RedisScript<Long> FILL_IF_UNCHANGED = RedisScript.of("""
			local current = redis.call('GET', KEYS[1])
			if (current == false and ARGV[1] == '') or current == ARGV[1] then
			  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
			  return 1
			end
			return 0
			""", Long.class);

	private final StringRedisTemplate redis;

	CacheEntries(StringRedisTemplate redis) {
		this.redis = redis;
	}

	Observed read(String redisKey) {
		String stored = redis.opsForValue().get(redisKey);
		if (stored != null && stored.startsWith(TOMBSTONE_PREFIX)) {
			return new Observed(redisKey, null, stored);
		}
		return new Observed(redisKey, stored, stored);
	}

	/** Stores {@code json} unless the entry changed (was evicted or filled by someone else) since {@code seen}. */
	boolean fill(Observed seen, String json, Duration ttl) {
		Long done = redis.execute(FILL_IF_UNCHANGED, List.of(seen.redisKey()),
				(seen.raw() != null) ? seen.raw() : "", json, String.valueOf(ttl.toMillis()));
		return done != null && done == 1L;
	}

	void evict(String redisKey) {
		redis.opsForValue().set(redisKey, TOMBSTONE_PREFIX + UUID.randomUUID(), TOMBSTONE_TTL);
	}

	/**
	 * What a read found at one key.
	 *
	 * @param value the cached JSON, or {@code null} on a miss
	 * @param raw what the key held, tombstone included, which a later fill must still find there
	 */
	record Observed(String redisKey, String value, String raw) {
	}
}
