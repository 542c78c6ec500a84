package com.vurksha.cart.cart;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.RedisServers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The cart configured with Spring Boot's standard Sentinel properties, against a primary, a replica and three
 * Sentinels of the test's own: carts live on the primary the Sentinels name (not on the host and port also set),
 * and once the primary is frozen ({@code SIGSTOP}: its connections stay open and silent) and the replica promoted,
 * the same application finds the cart written before and writes to the new primary, also after the old one is
 * thawed and demoted.
 */
class CartSentinelFrozenPrimaryIntegrationTests extends CartOnOwnRedisTests {

	static final RedisServers redis = RedisServers.withSentinels();

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		registerSentinels(registry, redis);
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	@Test
	void leavesAHungPrimaryForThePromotedReplica() {
		putTomatoes();
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

		putOnions();
		assertThat(quantity(redis.replica(), "var-onion-kg1")).isEqualTo("1");
	}
}
