package com.vurksha.platform.http;

import java.time.Clock;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Provides {@link ServiceClients}, reading each client's settings from {@code vurksha.clients.<name>.*}, and this
 * service's {@link ServiceTokens} when {@code vurksha.service-identity.token-uri} is set.
 */
@AutoConfiguration(after = { RestClientAutoConfiguration.class, CircuitBreakerAutoConfiguration.class,
		RetryAutoConfiguration.class, JacksonAutoConfiguration.class })
@ConditionalOnClass(RestClient.class)
@EnableConfigurationProperties(ServiceIdentityProperties.class)
public class ServiceClientsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean({ CircuitBreakerRegistry.class, RetryRegistry.class, JsonMapper.class })
	ServiceClients serviceClients(ObjectProvider<RestClient.Builder> builders, Environment environment,
			CircuitBreakerRegistry breakers, RetryRegistry retries, JsonMapper json, ObjectProvider<Clock> clocks,
			ObjectProvider<ServiceTokens> tokens) {
		Binder binder = Binder.get(environment);
		return new ServiceClients(() -> builders.getIfAvailable(RestClient::builder),
				name -> binder.bindOrCreate("vurksha.clients." + name, ClientSettings.class), breakers, retries, json,
				clocks.getIfUnique(Clock::systemUTC), tokens.getIfAvailable());
	}

	/** This service's own tokens for other services' internal endpoints, when it has a service identity. */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty("vurksha.service-identity.token-uri")
	ServiceTokens serviceTokens(ServiceIdentityProperties properties, Environment environment,
			ObjectProvider<Clock> clocks) {
		String clientId = (properties.clientId() != null && !properties.clientId().isBlank()) ? properties.clientId()
				: environment.getProperty("spring.application.name");
		return new ClientCredentialsTokens(new ServiceIdentityProperties(properties.tokenUri(), clientId,
				properties.clientSecret(), properties.timeout(), properties.retryAfterFailure()),
				clocks.getIfUnique(Clock::systemUTC));
	}
}
