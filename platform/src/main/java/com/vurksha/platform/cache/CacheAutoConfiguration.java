package com.vurksha.platform.cache;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.lettuce.core.ClientOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Provides {@link RedisGuard} and {@link CacheAside} wherever Redis is configured; a service without a Redis
 * connection (or without Lettuce) simply gets neither.
 */
@AutoConfiguration(after = { DataRedisAutoConfiguration.class, CircuitBreakerAutoConfiguration.class,
		JacksonAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class })
@ConditionalOnClass({ StringRedisTemplate.class, CircuitBreakerRegistry.class })
@EnableConfigurationProperties({ RedisProperties.class, CacheProperties.class })
public class CacheAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean({ CircuitBreakerRegistry.class, RedisConnectionFactory.class })
	RedisGuard redisGuard(CircuitBreakerRegistry breakers, ObjectProvider<MeterRegistry> meters,
			RedisConnectionFactory connections) {
		Runnable reconnect = (connections instanceof LettuceConnectionFactory lettuce) ? lettuce::resetConnection
				: () -> {
				};
		return new RedisGuard(breakers.circuitBreaker(RedisGuard.BREAKER_NAME),
				meters.getIfAvailable(SimpleMeterRegistry::new), reconnect);
	}

	@Bean
	@ConditionalOnBean(RedisGuard.class)
	RedisWarmUp redisWarmUp(RedisConnectionFactory connections) {
		return new RedisWarmUp(connections);
	}

	@Bean
	@ConditionalOnMissingBean
	CacheMetrics cacheMetrics(ObjectProvider<MeterRegistry> meters) {
		return new CacheMetrics(meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean({ RedisConnectionFactory.class, StringRedisTemplate.class, RedisGuard.class })
	CacheAside cacheAside(StringRedisTemplate redis, RedisGuard guard, JsonMapper json,
			RedisProperties redisProperties, CacheProperties properties, CacheMetrics metrics) {
		return new CacheAside(redis, guard, json, redisProperties, properties, metrics);
	}

	/** Only where Lettuce is the client: without it the customizer's types do not even load. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ClientOptions.class)
	static class LettuceOptions {

		/**
		 * While Lettuce reconnects it would queue commands until they time out; rejecting them at once lets the
		 * fallback answer without waiting.
		 */
		@Bean
		LettuceClientOptionsBuilderCustomizer vurkshaRejectCommandsWhileDisconnected() {
			return builder -> builder.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
		}
	}
}
