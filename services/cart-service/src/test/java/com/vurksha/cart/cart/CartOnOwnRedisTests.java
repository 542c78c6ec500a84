package com.vurksha.cart.cart;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.vurksha.cart.support.TestServiceTokens;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platformtest.RedisServers;
import com.vurksha.platformtest.RedisServers.Connection;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;

/**
 * What the tests of the cart against Redis servers of their own share: the application, the properties that point
 * it at those servers, one customer's cart and the ways to read it back. Each test class keeps its servers in a
 * static field of its own and closes them itself, since test classes share a JVM and a shared field would be closed
 * by the first class to finish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import({ TestTokens.Config.class, TestServiceTokens.class })
@DirtiesContext
abstract class CartOnOwnRedisTests {

	@Autowired
	CartStore store;

	final String userId = "customer-" + UUID.randomUUID();

	/** The cart on the standalone primary of {@code redis}. */
	static void registerStandalone(DynamicPropertyRegistry registry, RedisServers redis) {
		TestInfrastructure.register(registry);
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", () -> redis.primary().port());
	}

	/** The cart on the primary the Sentinels of {@code redis} name, with Spring Boot's standard properties. */
	static void registerSentinels(DynamicPropertyRegistry registry, RedisServers redis) {
		// also registers the machine's Redis as host and port: the Sentinel settings must win over them
		TestInfrastructure.register(registry);
		registry.add("spring.data.redis.sentinel.master", () -> RedisServers.MASTER_NAME);
		registry.add("spring.data.redis.sentinel.nodes", redis::sentinelNodes);
	}

	/** Two kilos of tomatoes, the cart's first write in every test. */
	void putTomatoes() {
		store.put(userId, Lines.lineOf(Lines.variant("var-tomato-kg1", 4000), 2));
	}

	/** A kilo of onions, the write after the fault. */
	void putOnions() {
		store.put(userId, Lines.lineOf(Lines.variant("var-onion-kg1", 3000), 1));
	}

	/** Lettuce reconnects through the Sentinels, and the breaker lets a trial call through after its wait. */
	StoredCart loadOnceReachable(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			try {
				return store.load(userId);
			}
			catch (ApiException unavailable) {
				if (Instant.now().isAfter(deadline)) {
					throw unavailable;
				}
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** The quantity of the variant in the cart as {@code server} holds it, read past the application. */
	String quantity(RedisServers.Server server, String variantId) {
		try (Connection connection = server.connect()) {
			return connection.redis().sync().hget(store.quantitiesKey(userId), variantId);
		}
	}
}
