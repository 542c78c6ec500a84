package com.vurksha.gateway.ratelimit;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.vurksha.gateway.client.ClientAddresses;
import com.vurksha.platform.cache.RedisGuard;
import com.vurksha.platform.cache.RedisProperties;

/** Wires the rate limiter in right after the security filters, where the caller's identity is known. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	RateLimiter rateLimiter(StringRedisTemplate redis, RedisProperties redisProperties,
			RateLimitProperties properties, RedisGuard guard, Clock clock) {
		return new RateLimiter(new RedisBuckets(redis, redisProperties.keyPrefix() + properties.keyPrefix()),
				new LocalBuckets(properties.localBucketsIdleExpiry(), clock), guard);
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, RateLimitProperties properties,
			ClientAddresses clientAddresses) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(limiter, properties, clientAddresses));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}
}
