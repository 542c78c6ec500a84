package com.vurksha.platform.cache;

import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** What caching a service gets when it has no Redis at all. */
class CacheAutoConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner().withConfiguration(AutoConfigurations
		.of(CacheAutoConfiguration.class, CircuitBreakerAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void startsWithoutLettuceOrARedisConnection() {
		contexts.withClassLoader(new FilteredClassLoader("io.lettuce")).run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(RedisGuard.class);
			assertThat(context).doesNotHaveBean(CacheAside.class);
		});
	}
}
