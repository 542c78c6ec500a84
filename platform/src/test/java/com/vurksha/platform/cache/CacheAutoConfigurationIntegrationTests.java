package com.vurksha.platform.cache;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platform.cache.testapp.CachingTestApplication;
import com.vurksha.platformtest.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** What a service gets from the platform for caching, with nothing but the platform defaults configured. */
@SpringBootTest(classes = CachingTestApplication.class, properties = "spring.application.name=caching-test")
class CacheAutoConfigurationIntegrationTests {

	record Farm(String id, String name) {
	}

	@Autowired
	CacheAside cache;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Value("${vurksha.redis.key-prefix}")
	String prefix;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
	}

	@Test
	void cachesInTheRealRedisUnderTheServicesKeyPrefix() {
		Farm farm = cache.get("farms", "f1", Duration.ofMinutes(1), Farm.class, () -> new Farm("f1", "Nandi Hills Farm"));

		assertThat(farm.name()).isEqualTo("Nandi Hills Farm");
		assertThat(prefix).startsWith("test:");
		assertThat(redis.opsForValue().get(prefix + "farms:0:f1")).contains("Nandi Hills Farm");
	}

	@Test
	void guardsRedisWithTheConfiguredBreaker() {
		CircuitBreakerConfig config = breakers.circuitBreaker(RedisGuard.BREAKER_NAME).getCircuitBreakerConfig();

		assertThat(config.getSlidingWindowSize()).isEqualTo(20);
		assertThat(config.getMinimumNumberOfCalls()).isEqualTo(5);
		assertThat(config.getSlowCallDurationThreshold()).isEqualTo(Duration.ofMillis(200));
	}
}
