package com.vurksha.platform.idempotency;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.json.JsonMapper;

/** Gives every service with a database an {@link IdempotentRequests} and the job that expires its keys. */
@AutoConfiguration(after = { JdbcClientAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
		JacksonAutoConfiguration.class })
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnBean({ JdbcClient.class, PlatformTransactionManager.class })
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

	@Bean
	IdempotencyStore idempotencyStore(JdbcClient jdbc, JsonMapper jsonMapper, ObjectProvider<Clock> clock,
			IdempotencyProperties properties) {
		return new IdempotencyStore(jdbc, jsonMapper, clock.getIfAvailable(Clock::systemUTC), properties);
	}

	@Bean
	@ConditionalOnMissingBean
	IdempotentRequests idempotentRequests(IdempotencyStore store, PlatformTransactionManager transactionManager,
			JsonMapper jsonMapper, IdempotencyProperties properties) {
		return new IdempotentRequests(store, new RequestFingerprint(jsonMapper), jsonMapper, transactionManager,
				properties);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "vurksha.idempotency.cleanup-enabled", matchIfMissing = true)
	ExpiredIdempotencyKeys expiredIdempotencyKeys(IdempotencyStore store, IdempotencyProperties properties) {
		return new ExpiredIdempotencyKeys(store, properties);
	}
}
