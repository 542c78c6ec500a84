package com.vurksha.platform.cache;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
 * <li>Evictions made inside a transaction run after it commits: evicting earlier would let a concurrent reader
 * put the old row straight back. A rolled-back transaction evicts nothing.</li>
 * <li>A fill never undoes an eviction, however the reader's load and the writer's commit interleave (see
 * {@link CacheEntries}).</li>
 * <li>A loader answering {@code null} (not found) is not cached at all, so something created right after a miss is
 * seen at once; repeated misses cost a database read each.</li>
 * <li>When Redis fails or its breaker is open, the loader's value is served and kept only in the first level.</li>
 * <li>An eviction that cannot reach Redis is remembered, and the whole cache is invalidated once Redis answers
 * again.</li>
 * <li>Another instance's eviction reaches this instance's first level within {@code vurksha.cache.l1-max-ttl}.</li>
 * <li>Cached values are shared between callers of one instance: cache immutable values (records).</li>
 * <li>A value's rendition ({@link #getRendered}: its serialised bytes and their ETag, say) is made once per
 * first-level entry and dropped with it, so a hit costs no serialisation and no hashing. It is derived from the
 * value, so every instance that holds the same value makes the same rendition; Redis keeps only the value.</li>
 * </ul>
 */
public class CacheAside {

	private static final Logger log = LoggerFactory.getLogger(CacheAside.class);

	private final StringRedisTemplate redis;

	private final CacheEntries entries;

	private final RedisGuard guard;

	private final JsonMapper json;

	private final CacheKeys keys;

	private final CacheMetrics metrics;

	private final Duration l1MaxTtl;

	private final Cache<LocalKey, LocalValue> local;

	private final Cache<String, Long> generations;

	private final PendingInvalidations pending = new PendingInvalidations();

	public CacheAside(StringRedisTemplate redis, RedisGuard guard, JsonMapper json, RedisProperties redisProperties,
			CacheProperties properties, CacheMetrics metrics) {
		this.redis = redis;
		this.entries = new CacheEntries(redis);
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

	/**
	 * As {@link #get(String, String, Duration, Class, Supplier)}, but answers {@code render}'s rendition of the value,
	 * made once per first-level entry rather than on every read, or {@code null} when the loader answered
	 * {@code null}. The first rendition made is the one every later reader of the entry gets, so {@code render}
	 * must depend only on the value and on what the key names.
	 */
	public <T, R> R getRendered(String cacheName, String key, Duration ttl, Class<T> type, Supplier<T> loader,
			Function<? super T, ? extends R> render) {
		Objects.requireNonNull(render, "render");
		LocalValue entry = entry(cacheName, key, ttl, json.constructType(type), loader);
		return (entry != null) ? entry.rendition(render) : null;
	}

	/** Forgets one entry, here and in Redis; inside a transaction, once it has committed. */
	public void evict(String cacheName, String key) {
		CacheKeys.check(cacheName, key);
		afterCommit(() -> evictNow(cacheName, key));
	}

	/**
	 * Forgets every entry of a cache at once, here and, through its generation, on every instance; inside a
	 * transaction, once it has committed.
	 */
	public void evictAll(String cacheName) {
		CacheKeys.check(cacheName, "");
		afterCommit(() -> {
			replayPendingInvalidations();
			invalidateAll(cacheName);
		});
	}

	private void evictNow(String cacheName, String key) {
		replayPendingInvalidations();
		local.invalidate(new LocalKey(cacheName, key));
		Long cachedGeneration = generations.getIfPresent(cacheName);
		boolean done = guard.tryRun(() -> {
			long generation = generationFromRedis(cacheName);
			generations.put(cacheName, generation);
			entries.evict(keys.entry(cacheName, generation, key));
			// Readers here may still use the generation they cached: the entry under it goes too.
			if (cachedGeneration != null && cachedGeneration != generation) {
				entries.evict(keys.entry(cacheName, cachedGeneration, key));
			}
		});
		if (!done) {
			pending.add(cacheName);
			log.warn("Could not evict {}:{} from Redis; the whole cache is invalidated when Redis is back", cacheName,
					key);
		}
	}

	private boolean invalidateAll(String cacheName) {
		boolean done = guard
			.tryRun(() -> generations.put(cacheName, redis.opsForValue().increment(keys.generation(cacheName))));
		local.asMap().keySet().removeIf(key -> key.cacheName().equals(cacheName));
		if (!done) {
			pending.add(cacheName);
			log.warn("Could not invalidate cache {} in Redis; retried when Redis is back", cacheName);
		}
		return done;
	}

	private void replayPendingInvalidations() {
		if (!pending.isEmpty() && guard.isAvailable()) {
			pending.replay(this::invalidateAll);
		}
	}

	@SuppressWarnings("unchecked")
	private <T> T get(String cacheName, String key, Duration ttl, JavaType type, Supplier<T> loader) {
		LocalValue entry = entry(cacheName, key, ttl, type, loader);
		return (entry != null) ? (T) entry.value() : null;
	}

	/** The first-level entry of the key, filled from Redis or the loader; {@code null} when the loader answers so. */
	private LocalValue entry(String cacheName, String key, Duration ttl, JavaType type, Supplier<?> loader) {
		CacheKeys.check(cacheName, key);
		Objects.requireNonNull(loader, "loader");
		if (ttl == null || ttl.isNegative() || ttl.isZero()) {
			throw new IllegalArgumentException("ttl must be positive");
		}
		LocalKey localKey = new LocalKey(cacheName, key);
		LocalValue cached = local.getIfPresent(localKey);
		if (cached != null) {
			metrics.hit(cacheName, "l1");
			return cached;
		}
		replayPendingInvalidations();
		RedisRead read = readThrough(localKey, ttl, type);
		if (read.hit() != null) {
			return read.hit();
		}
		return fill(localKey, ttl, read, loader.get());
	}

	/** The entry as Redis has it, decoded (and kept in the first level) when it is there and readable. */
	private RedisRead readThrough(LocalKey localKey, Duration ttl, JavaType type) {
		RedisRead read = guard.run(() -> {
			String redisKey = keys.entry(localKey.cacheName(), generation(localKey.cacheName()), localKey.key());
			return new RedisRead(entries.read(redisKey), null);
		}, () -> RedisRead.UNAVAILABLE);
		if (read.seen() == null || read.seen().value() == null) {
			return read;
		}
		Object value = decode(read.seen().value(), type, localKey);
		if (value == null) {
			return read;
		}
		metrics.hit(localKey.cacheName(), "l2");
		return new RedisRead(read.seen(), remember(localKey, value, ttl));
	}

	/** Caches what the loader answered, in Redis only if the entry is still as this reader found it. */
	private LocalValue fill(LocalKey localKey, Duration ttl, RedisRead read, Object loaded) {
		if (read.seen() == null) {
			metrics.fallback(localKey.cacheName());
		}
		else {
			metrics.miss(localKey.cacheName());
			if (loaded != null) {
				String encoded = json.writeValueAsString(loaded);
				guard.tryRun(() -> entries.fill(read.seen(), encoded, ttl));
			}
		}
		return (loaded != null) ? remember(localKey, loaded, ttl) : null;
	}

	private long generation(String cacheName) {
		return generations.get(cacheName, this::generationFromRedis);
	}

	private long generationFromRedis(String cacheName) {
		String stored = redis.opsForValue().get(keys.generation(cacheName));
		return (stored != null) ? Long.parseLong(stored) : 0L;
	}

	private Object decode(String encoded, JavaType type, LocalKey key) {
		try {
			return json.readValue(encoded, type);
		}
		catch (JacksonException ex) {
			// A value written by an older version of the service; reload it rather than fail the request.
			log.info("Ignoring unreadable cached value {}:{}: {}", key.cacheName(), key.key(), ex.getOriginalMessage());
			return null;
		}
	}

	private LocalValue remember(LocalKey key, Object value, Duration ttl) {
		Duration localTtl = (ttl.compareTo(l1MaxTtl) < 0) ? ttl : l1MaxTtl;
		LocalValue entry = new LocalValue(value, localTtl);
		if (!localTtl.isZero()) {
			local.put(key, entry);
		}
		return entry;
	}

	private static void afterCommit(Runnable eviction) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			eviction.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				eviction.run();
			}
		});
	}

	private record LocalKey(String cacheName, String key) {
	}

	/** A first-level entry: the value, and its rendition once a reader has asked for one. */
	private static final class LocalValue {

		private final Object value;

		private final Duration ttl;

		private volatile Object rendition;

		LocalValue(Object value, Duration ttl) {
			this.value = value;
			this.ttl = ttl;
		}

		Object value() {
			return value;
		}

		Duration ttl() {
			return ttl;
		}

		/** Two readers racing may both render; either result is the same, and one of them is kept. */
		@SuppressWarnings("unchecked")
		<T, R> R rendition(Function<? super T, ? extends R> render) {
			Object made = rendition;
			if (made == null) {
				made = render.apply((T) value);
				rendition = made;
			}
			return (R) made;
		}
	}

	/**
	 * @param seen what Redis held, or {@code null} when Redis could not be asked
	 * @param hit the first-level entry of the decoded value when it was usable
	 */
	private record RedisRead(CacheEntries.Observed seen, LocalValue hit) {

		static final RedisRead UNAVAILABLE = new RedisRead(null, null);
	}
}
