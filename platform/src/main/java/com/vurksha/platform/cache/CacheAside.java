package com.vurksha.platform.cache;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Get-or-load caching: an in-process first level (short-lived, per instance) in front of Redis (shared), in front
 * of the loader (the database). Values travel through Redis as JSON.
 *
 * <p>Redis keys are {@code <vurksha.redis.key-prefix><cacheName>:<generation>:<key>}. {@link #evictAll} bumps the
 * cache's generation, so a whole cache (every page of a product list, say) is invalidated in one step and the old
 * entries simply age out.
 *
 * <p>Choices worth knowing:
 * <ul>
 * <li>A loader answering {@code null} (not found) is not cached at all, so something created right after a miss is
 * seen at once; repeated misses cost a database read each.</li>
 * <li>When Redis fails or its breaker is open, the loader's value is served and kept only in the first level.</li>
 * <li>Evictions made while Redis is unreachable cannot reach it; the entry's TTL bounds how long it stays stale.</li>
 * <li>Another instance's eviction reaches this instance's first level within {@code vurksha.cache.l1-max-ttl}.</li>
 * <li>Cached values are shared between callers of one instance: cache immutable values (records).</li>
 * </ul>
 */
public class CacheAside {

	private static final Logger log = LoggerFactory.getLogger(CacheAside.class);

	private final StringRedisTemplate redis;

	private final RedisGuard guard;

	private final JsonMapper json;

	private final CacheKeys keys;

	private final CacheMetrics metrics;

	private final Duration l1MaxTtl;

	private final Cache<LocalKey, LocalValue> local;

	private final Cache<String, Long> generations;

	public CacheAside(StringRedisTemplate redis, RedisGuard guard, JsonMapper json, RedisProperties redisProperties,
			CacheProperties properties, CacheMetrics metrics) {
		this.redis = redis;
		this.guard = guard;
		// Cached JSON may have been written by an older version of the service: tolerate fields it no longer has.
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.keys = new CacheKeys(redisProperties.keyPrefix());
		this.metrics = metrics;
		this.l1MaxTtl = properties.l1MaxTtl();
		this.local = Caffeine.newBuilder()
			.maximumSize(properties.l1MaxEntries())
			.expireAfter(Expiry.creating((LocalKey key, LocalValue value) -> value.ttl()))
			.build();
		this.generations = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(l1MaxTtl).build();
	}

	/** The cached value of {@code (cacheName, key)}, or the loader's, which is then cached for {@code ttl}. */
	public <T> T get(String cacheName, String key, Duration ttl, Class<T> type, Supplier<T> loader) {
		return get(cacheName, key, ttl, json.constructType(type), loader);
	}

	/** As {@link #get(String, String, Duration, Class, Supplier)}, for generic values such as lists. */
	public <T> T get(String cacheName, String key, Duration ttl, TypeReference<T> type, Supplier<T> loader) {
		return get(cacheName, key, ttl, json.constructType(type), loader);
	}

	/** Forgets one entry, here and in Redis. */
	public void evict(String cacheName, String key) {
		CacheKeys.check(cacheName, key);
		local.invalidate(new LocalKey(cacheName, key));
		boolean done = guard.tryRun(() -> redis.delete(keys.entry(cacheName, generationFromRedis(cacheName), key)));
		if (!done) {
			log.warn("Could not evict {}:{} from Redis; it expires with its TTL", cacheName, key);
		}
	}

	/** Forgets every entry of a cache at once, here and, through its generation, on every instance. */
	public void evictAll(String cacheName) {
		CacheKeys.check(cacheName, "");
		boolean done = guard.tryRun(() -> generations.put(cacheName, redis.opsForValue().increment(keys.generation(cacheName))));
		local.asMap().keySet().removeIf(key -> key.cacheName().equals(cacheName));
		if (!done) {
			log.warn("Could not invalidate cache {} in Redis; its entries expire with their TTL", cacheName);
		}
	}

	@SuppressWarnings("unchecked")
	private <T> T get(String cacheName, String key, Duration ttl, JavaType type, Supplier<T> loader) {
		CacheKeys.check(cacheName, key);
		Objects.requireNonNull(loader, "loader");
		if (ttl == null || ttl.isNegative() || ttl.isZero()) {
			throw new IllegalArgumentException("ttl must be positive");
		}
		LocalKey localKey = new LocalKey(cacheName, key);
		LocalValue cached = local.getIfPresent(localKey);
		if (cached != null) {
			metrics.hit(cacheName, "l1");
			return (T) cached.value();
		}
		RedisRead read = readFromRedis(cacheName, key);
		if (read.value() != null) {
			T value = decode(read.value(), type, cacheName, key);
			if (value != null) {
				metrics.hit(cacheName, "l2");
				remember(localKey, value, ttl);
				return value;
			}
		}
		T loaded = loader.get();
		if (read.available()) {
			metrics.miss(cacheName);
			if (loaded != null) {
				String encoded = json.writeValueAsString(loaded);
				guard.tryRun(() -> redis.opsForValue().set(read.redisKey(), encoded, ttl));
			}
		}
		else {
			metrics.fallback(cacheName);
		}
		if (loaded != null) {
			remember(localKey, loaded, ttl);
		}
		return loaded;
	}

	private RedisRead readFromRedis(String cacheName, String key) {
		return guard.run(() -> {
			String redisKey = keys.entry(cacheName, generation(cacheName), key);
			return new RedisRead(true, redisKey, redis.opsForValue().get(redisKey));
		}, () -> RedisRead.UNAVAILABLE);
	}

	private long generation(String cacheName) {
		return generations.get(cacheName, this::generationFromRedis);
	}

	private long generationFromRedis(String cacheName) {
		String stored = redis.opsForValue().get(keys.generation(cacheName));
		return (stored != null) ? Long.parseLong(stored) : 0L;
	}

	private <T> T decode(String encoded, JavaType type, String cacheName, String key) {
		try {
			return json.readValue(encoded, type);
		}
		catch (JacksonException ex) {
			// A value written by an older version of the service; reload it rather than fail the request.
			log.info("Ignoring unreadable cached value {}:{}: {}", cacheName, key, ex.getOriginalMessage());
			return null;
		}
	}

	private void remember(LocalKey key, Object value, Duration ttl) {
		Duration localTtl = (ttl.compareTo(l1MaxTtl) < 0) ? ttl : l1MaxTtl;
		if (!localTtl.isZero()) {
			local.put(key, new LocalValue(value, localTtl));
		}
	}

	private record LocalKey(String cacheName, String key) {
	}

	private record LocalValue(Object value, Duration ttl) {
	}

	private record RedisRead(boolean available, String redisKey, String value) {

		static final RedisRead UNAVAILABLE = new RedisRead(false, null, null);
	}
}
