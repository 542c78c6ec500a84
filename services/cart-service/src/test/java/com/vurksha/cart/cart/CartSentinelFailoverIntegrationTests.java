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
 * and once the primary is killed and the replica promoted, the same application finds the cart written before
 * and writes to the new primary.
 */
class CartSentinelFailoverIntegrationTests extends CartOnOwnRedisTests {

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
	void findsTheCartOnThePromotedReplicaAfterThePrimaryDies() {
		putTomatoes();
		assertThat(quantity(redis.primary(), "var-tomato-kg1")).isEqualTo("2");
		redis.awaitReplicated(Duration.ofSeconds(5));

		redis.primary().kill();
		redis.awaitReplicaPromoted(Duration.ofSeconds(60));

		StoredCart cart = loadOnceReachable(Duration.ofSeconds(60));
		assertThat(cart.lines()).extracting(StoredLine::variantId, StoredLine::quantity)
			.containsExactly(tuple("var-tomato-kg1", 2));

		putOnions();
		assertThat(quantity(redis.replica(), "var-onion-kg1")).isEqualTo("1");
	}
}
