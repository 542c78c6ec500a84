package com.vurksha.cart.cart;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import com.vurksha.platform.cache.RedisProperties;
import com.vurksha.platform.error.ApiException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps carts in Redis: the hash {@code <prefix>cart:<userId>} maps each variant id to its quantity, and
 * {@code <prefix>cart:<userId>:seen} maps it to the {@link LineSnapshot} last seen; {@code <prefix>order-event:<id>}
 * marks an order event already applied. Both expire together after
 * {@link CartProperties#ttl()} without use; every read and change starts that time again. Redis is the cart's only
 * store, so when it fails the call fails with a retryable {@link CartErrorCode#CART_UNAVAILABLE}.
 */
@Component
class CartStore {

	private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	/** Sets a line unless it is new and the cart is full; answers 1 when set, 0 when full. */
	private static final RedisScript<Long> PUT = RedisScript.of("""
			if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 and redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[4]) then
			  return 0
			end
			redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
			redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
			redis.call('EXPIRE', KEYS[1], ARGV[5])
			redis.call('EXPIRE', KEYS[2], ARGV[5])
			return 1
			""", Long.class);

	/** Replaces quantity and snapshot of lines that are still in the cart; a line removed meanwhile stays removed. */
	private static final RedisScript<Long> REPLACE = RedisScript.of("""
			for i = 1, #ARGV, 3 do
			  if redis.call('HEXISTS', KEYS[1], ARGV[i]) == 1 then
			    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
			    redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 2])
			  end
			end
			return 1
			""", Long.class);

	/**
	 * Takes ordered quantities out of a cart, once per event: the event's marker and the change are made in one
	 * atomic step, so a redelivered event finds the marker and changes nothing. Answers 1 when applied, 0 when seen.
	 */
	private static final RedisScript<Long> TAKE_ORDERED = RedisScript.of("""
			if not redis.call('SET', KEYS[3], '1', 'NX', 'EX', ARGV[1]) then
			  return 0
			end
			for i = 2, #ARGV, 2 do
			  local left = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
			  if left > 0 then
			    left = left - tonumber(ARGV[i + 1])
			    if left > 0 then
			      redis.call('HSET', KEYS[1], ARGV[i], left)
			    else
			      redis.call('HDEL', KEYS[1], ARGV[i])
			      redis.call('HDEL', KEYS[2], ARGV[i])
			    end
			  end
			end
			return 1
			""", Long.class);

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final String keyPrefix;

	private final String prefix;

	private final CartProperties properties;

	CartStore(StringRedisTemplate redis, JsonMapper json, RedisProperties redisProperties,
			CartProperties properties) {
		this.redis = redis;
		this.json = json;
		this.keyPrefix = redisProperties.keyPrefix();
		this.prefix = keyPrefix + "cart:";
		this.properties = properties;
	}

	/** The user's lines, starting the cart's expiry again. */
	List<StoredLine> load(String userId) {
		List<Object> answers = guarded(() -> redis.executePipelined(new SessionCallback<Object>() {
			@Override
			@SuppressWarnings("unchecked")
			public <K, V> Object execute(RedisOperations<K, V> operations) {
				RedisOperations<String, String> ops = (RedisOperations<String, String>) operations;
				ops.opsForHash().entries(quantitiesKey(userId));
				ops.opsForHash().entries(seenKey(userId));
				ops.expire(quantitiesKey(userId), properties.ttl());
				ops.expire(seenKey(userId), properties.ttl());
				return null;
			}
		}));
		return lines((Map<?, ?>) answers.get(0), (Map<?, ?>) answers.get(1));
	}

	/** Sets the line; answers false, changing nothing, when it is a new line and the cart is already full. */
	boolean put(String userId, StoredLine line) {
		Long set = guarded(() -> redis.execute(PUT, keys(userId), line.variantId(), String.valueOf(line.quantity()),
				json.writeValueAsString(line.seen()), String.valueOf(properties.maxLines()), ttlSeconds()));
		return set != null && set == 1L;
	}

	/** Replaces the given lines' quantities and snapshots, for those still in the cart. */
	void replace(String userId, List<StoredLine> lines) {
		if (lines.isEmpty()) {
			return;
		}
		List<String> arguments = new ArrayList<>();
		for (StoredLine line : lines) {
			arguments.add(line.variantId());
			arguments.add(String.valueOf(line.quantity()));
			arguments.add(json.writeValueAsString(line.seen()));
		}
		guarded(() -> redis.execute(REPLACE, keys(userId), arguments.toArray()));
	}

	void remove(String userId, String variantId) {
		guarded(() -> redis.executePipelined(new SessionCallback<Object>() {
			@Override
			@SuppressWarnings("unchecked")
			public <K, V> Object execute(RedisOperations<K, V> operations) {
				RedisOperations<String, String> ops = (RedisOperations<String, String>) operations;
				ops.opsForHash().delete(quantitiesKey(userId), variantId);
				ops.opsForHash().delete(seenKey(userId), variantId);
				ops.expire(quantitiesKey(userId), properties.ttl());
				ops.expire(seenKey(userId), properties.ttl());
				return null;
			}
		}));
	}

	void clear(String userId) {
		guarded(() -> redis.delete(keys(userId)));
	}

	/**
	 * Takes the ordered quantities out of the user's cart unless the event {@code eventId} did so already.
	 *
	 * @return whether this call applied the event
	 */
	boolean takeOrdered(String eventId, String userId, Map<String, Integer> quantities, Duration remembered) {
		List<String> arguments = new ArrayList<>();
		arguments.add(String.valueOf(Math.max(1, remembered.toSeconds())));
		quantities.forEach((variantId, quantity) -> {
			arguments.add(variantId);
			arguments.add(String.valueOf(quantity));
		});
		List<String> keys = List.of(quantitiesKey(userId), seenKey(userId), keyPrefix + "order-event:" + eventId);
		Long applied = guarded(() -> redis.execute(TAKE_ORDERED, keys, arguments.toArray()));
		return applied != null && applied == 1L;
	}

	String quantitiesKey(String userId) {
		return prefix + userId;
	}

	String seenKey(String userId) {
		return prefix + userId + ":seen";
	}

	private List<String> keys(String userId) {
		return List.of(quantitiesKey(userId), seenKey(userId));
	}

	private String ttlSeconds() {
		return String.valueOf(properties.ttl().toSeconds());
	}

	private List<StoredLine> lines(Map<?, ?> quantities, Map<?, ?> seen) {
		List<StoredLine> lines = new ArrayList<>();
		quantities.forEach((variantId, quantity) -> {
			Object snapshot = seen.get(variantId);
			if (snapshot != null) {
				lines.add(new StoredLine(variantId.toString(), Integer.parseInt(quantity.toString()),
						json.readValue(snapshot.toString(), LineSnapshot.class)));
			}
		});
		return lines;
	}

	private static <T> T guarded(Supplier<T> redisCall) {
		try {
			return redisCall.get();
		}
		catch (DataAccessException ex) {
			throw new ApiException(CartErrorCode.CART_UNAVAILABLE, "The cart is unavailable just now; please retry",
					ex).withRetryAfter(RETRY_AFTER);
		}
	}
}
