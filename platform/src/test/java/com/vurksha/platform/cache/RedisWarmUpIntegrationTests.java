package com.vurksha.platform.cache;

import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The service connects to Redis while it starts, and starts all the same when Redis does not answer. */
class RedisWarmUpIntegrationTests {

	@RegisterExtension
	static final OwnStandaloneRedis servers = new OwnStandaloneRedis();

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class, CacheAutoConfiguration.class,
				CircuitBreakerAutoConfiguration.class, JacksonAutoConfiguration.class))
		.withPropertyValues("spring.data.redis.host=127.0.0.1");

	@Test
	void connectsBeforeTheFirstCall() {
		contexts.withPropertyValues("spring.data.redis.port=" + servers.primary().port()).run(context -> {
			assertThat(context).hasNotFailed();
			// the service's connection, and the one asking
			assertThat(servers.primary().info("clients")).contains("connected_clients:2");
		});
	}

	@Test
	void startsWhenRedisDoesNotAnswerAndLeavesTheBreakerClosed() {
		contexts.withPropertyValues("spring.data.redis.port=1").run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(RedisGuard.class).isAvailable()).isTrue();
		});
	}
}
