package com.vurksha.cart.cart;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import com.vurksha.platform.cache.RedisGuard;
import com.vurksha.platform.cache.RedisProperties;
import com.vurksha.platform.error.ApiException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps carts in Redis: the hash {@code <prefix>cart:<userId>} maps each variant id to its quantity,
 * {@code <prefix>cart:<userId>:seen} maps it to the {@link LineSnapshot} last seen, and
 * {@code <prefix>cart:<userId>:changed} maps it to the cart version at which the customer last set it, with the
 * cart's current version under the field {@code #} (never a variant id); {@code <prefix>order-event:<id>} marks an
 * order event already applied. The three expire together after {@link CartProperties#ttl()} without use; every read
 * and change starts that time again. Redis is the cart's only store, so when it fails the call fails with a
 * retryable {@link CartErrorCode#CART_UNAVAILABLE}. Calls go through the platform's {@link RedisGuard}: once one
 * call has found Redis hung or gone, the others answer that error at once instead of each waiting out a command
 * timeout, until a trial call finds Redis back.
 *
 * <p>A cart version grows with every line the customer sets: it is the larger of the previous version + 1 and
 * Redis' clock in microseconds, so it keeps growing across an emptied or expired cart too, and an old order can
 * never take a line set after it was placed.
 */
@Component
class CartStore {

	private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	/**
	 * Sets a line unless it is new and the cart is full, recording the new cart version as the line's; answers the
	 * new version when set, 0 when full.
	 */
	private static final RedisScript<Long> PUT = RedisScript.of("""
			if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 and redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[4]) then
			  return 0
			end
			local clock = redis.call('TIME')
			local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
			local version = math.max(tonumber(redis.call('HGET', KEYS[3], '#') or '0') + 1, now)
			local text = string.format('%.0f', version)
			redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
			redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
			redis.call('HSET', KEYS[3], ARGV[1], text, '#', text)
			for i = 1, 3 do
			  redis.call('EXPIRE', KEYS[i], ARGV[5])
			end
			return version
			""", Long.class);

	/**
	 * Reads a cart in one atomic step, so its version is exactly that of the lines read, and starts its expiry
	 * again: {@code version, variantId, quantity, snapshot, variantId, …} (lines without a snapshot are left out).
	 */
	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> LOAD = RedisScript.of("""
			local answer = { redis.call('HGET', KEYS[3], '#') or '0' }
			local quantities = redis.call('HGETALL', KEYS[1])
			for i = 1, #quantities, 2 do
			  local seen = redis.call('HGET', KEYS[2], quantities[i])
			  if seen then
			    table.insert(answer, quantities[i])
			    table.insert(answer, quantities[i + 1])
			    table.insert(answer, seen)
			  end
			end
			for i = 1, 3 do
			  redis.call('EXPIRE', KEYS[i], ARGV[1])
			end
			return answer
			""", List.class);

	/** Removes a line from all three hashes and starts the cart's expiry again. */
	private static final RedisScript<Long> REMOVE = RedisScript.of("""
			for i = 1, 3 do
			  redis.call('HDEL', KEYS[i], ARGV[1])
			  redis.call('EXPIRE', KEYS[i], ARGV[2])
			end
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
	 * Takes an order's lines out of a cart, once per event: the event's marker and the change are made in one
	 * atomic step, so a redelivered event finds the marker and changes nothing. With the cart version the order
	 * was placed from ({@code ARGV[2]}), an ordered line goes when it was last set at or before that version and
	 * stays untouched when the customer set it afterwards (a line from before versions counts as version 0).
	 * Without one (an event from before cart versions) the ordered quantities are subtracted. Answers 1 when
	 * applied, 0 when seen.
	 */
	private static final RedisScript<Long> TAKE_ORDERED = RedisScript.of("""
			if not redis.call('SET', KEYS[4], '1', 'NX', 'EX', ARGV[1]) then
			  return 0
			end
			local placedFrom = tonumber(ARGV[2])
			for i = 3, #ARGV, 2 do
			  local left = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
			  if left > 0 then
			    if placedFrom then
			      if tonumber(redis.call('HGET', KEYS[3], ARGV[i]) or '0') <= placedFrom then
			        left = 0
			      end
			    else
			      left = left - tonumber(ARGV[i + 1])
			    end
			    if left > 0 then
			      redis.call('HSET', KEYS[1], ARGV[i], left)
			    else
			      redis.call('HDEL', KEYS[1], ARGV[i])
			      redis.call('HDEL', KEYS[2], ARGV[i])
			      redis.call('HDEL', KEYS[3], ARGV[i])
			    end
			  end
			end
			return 1
			""", Long.class);

	private final StringRedisTemplate redis;

	private final RedisGuard guard;

	private final JsonMapper json;

	private final String keyPrefix;

	private final String prefix;

	private final CartProperties properties;

	CartStore(StringRedisTemplate redis, RedisGuard guard, JsonMapper json, RedisProperties redisProperties,
			CartProperties properties) {
		this.redis = redis;
		this.guard = guard;
		this.json = json;
		this.keyPrefix = redisProperties.keyPrefix();
		this.prefix = keyPrefix + "cart:";
		this.properties = properties;
	}

	/** The user's lines and the cart's version, read together, starting the cart's expiry again. */
	StoredCart load(String userId) {
		List<?> answer = guarded(() -> redis.execute(LOAD, keys(userId), ttlSeconds()));
		List<StoredLine> lines = new ArrayList<>();
		for (int i = 1; i + 2 < answer.size(); i += 3) {
			lines.add(new StoredLine(answer.get(i).toString(), Integer.parseInt(answer.get(i + 1).toString()),
					json.readValue(answer.get(i + 2).toString(), LineSnapshot.class)));
		}
		return new StoredCart(Long.parseLong(answer.get(0).toString()), lines);
	}

	/**
	 * Sets the line at a new cart version; answers false, changing nothing, when it is a new line and the cart is
	 * already full.
	 */
	boolean put(String userId, StoredLine line) {
		String seen = json.writeValueAsString(line.seen());
		Long set = guarded(() -> redis.execute(PUT, keys(userId), line.variantId(), String.valueOf(line.quantity()),
				seen, String.valueOf(properties.maxLines()), ttlSeconds()));
		return set != null && set > 0L;
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
		guarded(() -> redis.execute(REMOVE, keys(userId), variantId, ttlSeconds()));
	}

	void clear(String userId) {
		guarded(() -> redis.delete(keys(userId)));
	}

	/**
	 * Takes an order's lines out of the user's cart unless the event {@code eventId} did so already.
	 *
	 * @param placedFrom the cart version the order was placed from; empty: subtract the ordered quantities
	 * @return whether this call applied the event
	 */
	boolean takeOrdered(String eventId, String userId, Map<String, Integer> quantities, OptionalLong placedFrom,
			Duration remembered) {
		List<String> arguments = new ArrayList<>();
		arguments.add(String.valueOf(Math.max(1, remembered.toSeconds())));
		arguments.add(placedFrom.isPresent() ? String.valueOf(placedFrom.getAsLong()) : "");
		quantities.forEach((variantId, quantity) -> {
			arguments.add(variantId);
			arguments.add(String.valueOf(quantity));
		});
		List<String> keys = new ArrayList<>(keys(userId));
		keys.add(keyPrefix + "order-event:" + eventId);
		Long applied = guarded(() -> redis.execute(TAKE_ORDERED, keys, arguments.toArray()));
		return applied != null && applied == 1L;
	}

	String quantitiesKey(String userId) {
		return prefix + userId;
	}

	String seenKey(String userId) {
		return prefix + userId + ":seen";
	}

	String changedKey(String userId) {
		return prefix + userId + ":changed";
	}

	/** The cart's keys, in the order the scripts take them. */
	private List<String> keys(String userId) {
		return List.of(quantitiesKey(userId), seenKey(userId), changedKey(userId));
	}

	private String ttlSeconds() {
		return String.valueOf(properties.ttl().toSeconds());
	}

	private <T> T guarded(Supplier<T> redisCall) {
		return guard.run(redisCall, () -> {
			throw new ApiException(CartErrorCode.CART_UNAVAILABLE, "The cart is unavailable just now; please retry")
				.withRetryAfter(RETRY_AFTER);
		});
	}
}
