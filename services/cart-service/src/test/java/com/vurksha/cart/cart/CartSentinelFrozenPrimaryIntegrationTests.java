package com.vurksha.cart.cart;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.cart.support.TestServiceTokens;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platformtest.RedisServers;
import com.vurksha.platformtest.RedisServers.Connection;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The cart configured with Spring Boot's standard Sentinel properties, against a primary, a replica and three
 * Sentinels of the test's own: carts live on the primary the Sentinels name (not on the host and port also set),
 * and once the primary is frozen ({@code SIGSTOP}: its connections stay open and silent) and the replica promoted,
 * the same application finds the cart written before and writes to the new primary, also after the old one is
 * thawed and demoted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import({ TestTokens.Config.class, TestServiceTokens.class })
@DirtiesContext
class CartSentinelFrozenPrimaryIntegrationTests {

	static final RedisServers redis = RedisServers.withSentinels();

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		// also registers the machine's Redis as host and port: the Sentinel settings must win over them
		TestInfrastructure.register(registry);
		registry.add("spring.data.redis.sentinel.master", () -> RedisServers.MASTER_NAME);
		registry.add("spring.data.redis.sentinel.nodes", redis::sentinelNodes);
	}

	@Autowired
	CartStore store;

	final String userId = "customer-" + UUID.randomUUID();

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	@Test
	void leavesAHungPrimaryForThePromotedReplica() {
		store.put(userId, Lines.lineOf(Lines.variant("var-tomato-kg1", 4000), 2));
		redis.awaitReplicated(Duration.ofSeconds(5));

		redis.primary().freeze();
		try {
			redis.awaitReplicaPromoted(Duration.ofSeconds(60));

			StoredCart cart = loadOnceReachable(Duration.ofSeconds(60));
			assertThat(cart.lines()).extracting(StoredLine::variantId, StoredLine::quantity)
				.containsExactly(tuple("var-tomato-kg1", 2));
		}
		finally {
			redis.primary().thaw();
		}
		redis.awaitDemoted(redis.primary(), Duration.ofSeconds(60));

		store.put(userId, Lines.lineOf(Lines.variant("var-onion-kg1", 3000), 1));
		assertThat(quantity(redis.replica(), "var-onion-kg1")).isEqualTo("1");
	}

	/** Lettuce reconnects through the Sentinels, and the breaker lets a trial call through after its wait. */
	private StoredCart loadOnceReachable(Duration timeout) {
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

	private String quantity(RedisServers.Server server, String variantId) {
		try (Connection connection = server.connect()) {
			return connection.redis().sync().hget(store.quantitiesKey(userId), variantId);
		}
	}
}
