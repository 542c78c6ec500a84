package com.vurksha.platform.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import com.vurksha.platformtest.TestInfrastructure;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Cache-aside against the real Redis of the machine, and against a closed port standing in for a dead Redis. */
class CacheAsideIntegrationTests {

	record Product(String id, String name, long pricePaise) {
	}

	private final String prefix = "test:cache:" + UUID.randomUUID() + ":";

	private final List<LettuceConnectionFactory> factories = new ArrayList<>();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final StringRedisTemplate redis = template(TestInfrastructure.redisPort());

	private final AtomicInteger loads = new AtomicInteger();

	@AfterEach
	void cleanUp() {
		Set<String> keys = redis.keys(prefix + "*");
		if (keys != null && !keys.isEmpty()) {
			redis.delete(keys);
		}
		factories.forEach(LettuceConnectionFactory::destroy);
	}

	@Test
	void loadsOnceAndThenAnswersFromTheCache() {
		CacheAside cache = cacheAside(redis, Duration.ofSeconds(5));

		Product first = cache.get("products", "p1", Duration.ofMinutes(1), Product.class, this::loadTomato);
		Product second = cache.get("products", "p1", Duration.ofMinutes(1), Product.class, this::loadTomato);

		assertThat(first).isEqualTo(new Product("p1", "Tomato", 4000));
		assertThat(second).isEqualTo(first);
		assertThat(loads).hasValue(1);
		assertThat(meters.counter("vurksha.cache.misses", "cache", "products").count()).isEqualTo(1);
		assertThat(meters.counter("vurksha.cache.hits", "cache", "products", "level", "l1").count()).isEqualTo(1);
	}

	@Test
	void sharesValuesBetweenInstancesThroughRedis() {
		cacheAside(redis, Duration.ZERO).get("products", "p1", Duration.ofMinutes(1), Product.class, this::loadTomato);

		Product fromOtherInstance = cacheAside(redis, Duration.ZERO).get("products", "p1", Duration.ofMinutes(1),
				Product.class, this::loadTomato);

		assertThat(fromOtherInstance).isEqualTo(new Product("p1", "Tomato", 4000));
		assertThat(loads).hasValue(1);
		assertThat(meters.counter("vurksha.cache.hits", "cache", "products", "level", "l2").count()).isEqualTo(1);
	}

	@Test
	void storesJsonUnderThePrefixedKeyWithTheTtl() {
		cacheAside(redis, Duration.ZERO).get("products", "p1", Duration.ofMinutes(1), Product.class, this::loadTomato);

		String key = prefix + "products:0:p1";
		assertThat(redis.opsForValue().get(key)).isEqualTo("{\"id\":\"p1\",\"name\":\"Tomato\",\"pricePaise\":4000}");
		assertThat(redis.getExpire(key)).isBetween(1L, 60L);
	}

	@Test
	void keepsGenericTypes() {
		TypeReference<List<Product>> listOfProducts = new TypeReference<>() {
		};
		cacheAside(redis, Duration.ZERO).get("lists", "all", Duration.ofMinutes(1), listOfProducts,
				() -> List.of(loadTomato()));

		List<Product> read = cacheAside(redis, Duration.ZERO).get("lists", "all", Duration.ofMinutes(1),
				listOfProducts, List::of);

		assertThat(read).containsExactly(new Product("p1", "Tomato", 4000));
	}

	@Test
	void doesNotCacheNotFound() {
		CacheAside cache = cacheAside(redis, Duration.ofSeconds(5));

		cache.get("products", "missing", Duration.ofMinutes(1), Product.class, this::loadNothing);
		Product again = cache.get("products", "missing", Duration.ofMinutes(1), Product.class, this::loadNothing);

		assertThat(again).isNull();
		assertThat(loads).hasValue(2);
		assertThat(redis.keys(prefix + "products:*")).isEmpty();
	}

	@Test
	void reloadsWhenTheCachedValueCannotBeRead() {
		redis.opsForValue().set(prefix + "products:0:p1", "{\"id\":\"p1\",\"name\":");

		Product read = cacheAside(redis, Duration.ZERO).get("products", "p1", Duration.ofMinutes(1), Product.class,
				this::loadTomato);

		assertThat(read).isEqualTo(new Product("p1", "Tomato", 4000));
		assertThat(loads).hasValue(1);
	}

	@Test
	void toleratesFieldsAnOlderVersionWrote() {
		redis.opsForValue().set(prefix + "products:0:p1", "{\"id\":\"p1\",\"name\":\"Tomato\",\"pricePaise\":4000,\"old\":1}");

		JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		CacheAside cache = new CacheAside(redis, new RedisGuard(breaker(), meters), strict, new RedisProperties(prefix),
				new CacheProperties(100, Duration.ZERO), new CacheMetrics(meters));

		Product read = cache.get("products", "p1", Duration.ofMinutes(1), Product.class, this::loadTomato);

		assertThat(read).isEqualTo(new Product("p1", "Tomato", 4000));
		assertThat(loads).hasValue(0);
	}

	@Test
	void evictForgetsTheEntryHereAndInRedis() {
		CacheAside cache = cacheAside(redis, Duration.ofSeconds(5));
		cache.get("products", "p1", Duration.ofMinutes(1), Product.class, this::loadTomato);

		cache.evict("products", "p1");
		cache.get("products", "p1", Duration.ofMinutes(1), Product.class, this::loadTomato);

		assertThat(loads).hasValue(2);
	}

	@Test
	void rendersEachEntryOnceAndRendersItAgainAfterAnEviction() {
		CacheAside cache = cacheAside(redis, Duration.ofSeconds(5));
		AtomicInteger renders = new AtomicInteger();
		Function<Product, String> render = product -> product.name() + "#" + renders.incrementAndGet();

		String first = cache.getRendered("products", "p1", Duration.ofMinutes(1), Product.class, this::loadTomato, render);
		String second = cache.getRendered("products", "p1", Duration.ofMinutes(1), Product.class, this::loadTomato, render);
		cache.evict("products", "p1");
		String afterEviction = cache.getRendered("products", "p1", Duration.ofMinutes(1), Product.class, this::loadTomato,
				render);

		assertThat(first).isEqualTo("Tomato#1").isSameAs(second);
		assertThat(afterEviction).isEqualTo("Tomato#2");
		assertThat(loads).hasValue(2);
	}

	@Test
	void rendersNothingForNotFound() {
		CacheAside cache = cacheAside(redis, Duration.ofSeconds(5));

		assertThat(cache.getRendered("products", "missing", Duration.ofMinutes(1), Product.class, this::loadNothing,
				Product::name)).isNull();
	}

	@Test
	void evictAllInvalidatesEveryEntryForEveryInstance() {
		CacheAside here = cacheAside(redis, Duration.ZERO);
		CacheAside there = cacheAside(redis, Duration.ZERO);
		here.get("lists", "page-1", Duration.ofMinutes(1), Product.class, this::loadTomato);
		here.get("lists", "page-2", Duration.ofMinutes(1), Product.class, this::loadTomato);
		here.get("other", "page-1", Duration.ofMinutes(1), Product.class, this::loadTomato);

		there.evictAll("lists");
		there.get("lists", "page-1", Duration.ofMinutes(1), Product.class, this::loadTomato);
		there.get("lists", "page-2", Duration.ofMinutes(1), Product.class, this::loadTomato);
		there.get("other", "page-1", Duration.ofMinutes(1), Product.class, this::loadTomato);

		assertThat(loads).hasValue(5);
		assertThat(redis.opsForValue().get(prefix + "lists:generation")).isEqualTo("1");
	}

	@Nested
	class NeverServesAStaleValueAfterAnEviction {

		@Test
		void whenAFillThatStartedBeforeTheEvictionEndsAfterIt() {
			CacheAside cache = cacheAside(redis, Duration.ZERO);

			Product old = cache.get("products", "p1", Duration.ofMinutes(1), Product.class, () -> {
				Product read = loadTomato();
				cache.evict("products", "p1");
				return read;
			});
			cache.get("products", "p1", Duration.ofMinutes(1), Product.class, CacheAsideIntegrationTests.this::loadTomato);
			cache.get("products", "p1", Duration.ofMinutes(1), Product.class, CacheAsideIntegrationTests.this::loadTomato);

			assertThat(old).isNotNull();
			assertThat(loads).as("the old row was not cached; the fresh one was").hasValue(2);
		}

		@Test
		void whenThisInstanceStillUsesAnOlderGeneration() {
			CacheAside here = cacheAside(redis, Duration.ofSeconds(5));
			here.get("products", "p1", Duration.ofMinutes(1), Product.class, CacheAsideIntegrationTests.this::loadTomato);
			cacheAside(redis, Duration.ZERO).evictAll("products");

			here.evict("products", "p1");
			here.get("products", "p1", Duration.ofMinutes(1), Product.class, CacheAsideIntegrationTests.this::loadTomato);

			assertThat(loads).hasValue(2);
		}

		@Test
		void whenTheEvictionWasSkippedWhileTheBreakerWasOpen() {
			CircuitBreaker breaker = breaker();
			CacheAside cache = new CacheAside(redis, new RedisGuard(breaker, meters), JsonMapper.builder().build(),
					new RedisProperties(prefix), new CacheProperties(100, Duration.ZERO), new CacheMetrics(meters));
			cache.get("products", "p1", Duration.ofMinutes(1), Product.class, CacheAsideIntegrationTests.this::loadTomato);
			breaker.transitionToOpenState();

			cache.evict("products", "p1");
			breaker.transitionToClosedState();
			cache.get("products", "p1", Duration.ofMinutes(1), Product.class, CacheAsideIntegrationTests.this::loadTomato);

			assertThat(loads).hasValue(2);
			assertThat(redis.opsForValue().get(prefix + "products:generation")).isEqualTo("1");
		}

		@Test
		void whenTheWriterEvictsInsideItsTransaction() {
			CacheAside cache = cacheAside(redis, Duration.ZERO);
			cache.get("products", "p1", Duration.ofMinutes(1), Product.class, CacheAsideIntegrationTests.this::loadTomato);
			TransactionSynchronizationManager.initSynchronization();
			try {
				cache.evict("products", "p1");
				cache.evictAll("lists");
				cache.get("products", "p1", Duration.ofMinutes(1), Product.class,
						CacheAsideIntegrationTests.this::loadTomato);
				assertThat(loads).as("not evicted before the commit").hasValue(1);

				TransactionSynchronizationUtils.invokeAfterCommit(TransactionSynchronizationManager.getSynchronizations());
			}
			finally {
				TransactionSynchronizationManager.clearSynchronization();
			}
			cache.get("products", "p1", Duration.ofMinutes(1), Product.class, CacheAsideIntegrationTests.this::loadTomato);

			assertThat(loads).hasValue(2);
			assertThat(redis.opsForValue().get(prefix + "lists:generation")).isEqualTo("1");
		}
	}

	@Nested
	class WhenRedisIsUnreachable {

		private final StringRedisTemplate deadRedis = template(1);

		@Test
		void servesTheLoadersValue() {
			CacheAside cache = cacheAside(deadRedis, Duration.ZERO);

			Product read = cache.get("products", "p1", Duration.ofMinutes(1), Product.class, CacheAsideIntegrationTests.this::loadTomato);

			assertThat(read).isEqualTo(new Product("p1", "Tomato", 4000));
			assertThat(meters.counter("vurksha.cache.fallbacks", "cache", "products").count()).isEqualTo(1);
		}

		@Test
		void skipsRedisOnceTheBreakerOpens() {
			CircuitBreaker breaker = breaker();
			CacheAside cache = new CacheAside(deadRedis, new RedisGuard(breaker, meters), JsonMapper.builder().build(),
					new RedisProperties(prefix), new CacheProperties(100, Duration.ZERO), new CacheMetrics(meters));

			for (int i = 0; i < 10; i++) {
				assertThat(cache.get("products", "p" + i, Duration.ofMinutes(1), Product.class,
						CacheAsideIntegrationTests.this::loadTomato))
					.isNotNull();
			}

			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
			assertThat(meters.counter("vurksha.redis.fallbacks", "reason", "circuit_open").count()).isPositive();
			assertThat(loads).hasValue(10);
		}

		@Test
		void evictionsDoNotFail() {
			CacheAside cache = cacheAside(deadRedis, Duration.ofSeconds(5));
			cache.get("products", "p1", Duration.ofMinutes(1), Product.class, CacheAsideIntegrationTests.this::loadTomato);

			cache.evict("products", "p1");
			cache.evictAll("products");
			cache.get("products", "p1", Duration.ofMinutes(1), Product.class, CacheAsideIntegrationTests.this::loadTomato);

			assertThat(loads).hasValue(2);
		}
	}

	private Product loadTomato() {
		loads.incrementAndGet();
		return new Product("p1", "Tomato", 4000);
	}

	private Product loadNothing() {
		loads.incrementAndGet();
		return null;
	}

	private CacheAside cacheAside(StringRedisTemplate template, Duration l1MaxTtl) {
		return new CacheAside(template, new RedisGuard(breaker(), meters), JsonMapper.builder().build(),
				new RedisProperties(prefix), new CacheProperties(100, l1MaxTtl), new CacheMetrics(meters));
	}

	private static CircuitBreaker breaker() {
		return CircuitBreaker.of("redis", CircuitBreakerConfig.custom()
			.slidingWindowSize(4)
			.minimumNumberOfCalls(4)
			.waitDurationInOpenState(Duration.ofMinutes(1))
			.build());
	}

	private StringRedisTemplate template(int port) {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(TestInfrastructure.HOST, port),
				LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(200)).build());
		factory.afterPropertiesSet();
		factory.start();
		factories.add(factory);
		return new StringRedisTemplate(factory);
	}
}
