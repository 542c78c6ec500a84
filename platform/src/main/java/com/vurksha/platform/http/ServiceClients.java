package com.vurksha.platform.http;

import java.net.http.HttpClient;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.web.client.RestClient;

/**
 * Makes the {@link RestClient}s a service uses to call other services. Each client has its own timeouts, circuit
 * breaker and retry policy, all named after it, and forwards the request id and the caller's token.
 *
 * <p>Failures of the other service surface as {@code ApiException}s: {@code SERVICE_UNAVAILABLE} (refused
 * connection, 5xx, open breaker) or {@code DEPENDENCY_TIMEOUT} (no answer in time), both retryable with
 * {@code Retry-After}. Answers 4xx are left to the caller's usual {@code RestClient} handling.
 */
public class ServiceClients {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

	private final Supplier<RestClient.Builder> builders;

	private final Function<String, ClientSettings> settings;

	private final CircuitBreakerRegistry breakers;

	private final RetryRegistry retries;

	/**
	 * @param builders fresh builders, from Spring Boot so that tracing and metrics are already wired into them
	 * @param settings the settings of a client by name
	 */
	public ServiceClients(Supplier<RestClient.Builder> builders, Function<String, ClientSettings> settings,
			CircuitBreakerRegistry breakers, RetryRegistry retries) {
		this.builders = builders;
		this.settings = settings;
		this.breakers = breakers;
		this.retries = retries;
	}

	/**
	 * A client for the service called {@code name} (lower-case, as in {@code vurksha.clients.<name>.*}) at
	 * {@code baseUrl}.
	 */
	public RestClient create(String name, String baseUrl) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("client name must be lower-case letters, digits and '-': " + name);
		}
		ClientSettings clientSettings = settings.apply(name);
		CircuitBreaker breaker = breakers.find(name)
			.orElseGet(() -> breakers.circuitBreaker(name, clientSettings.breakerConfig()));
		Retry retry = retries.find(name).orElseGet(() -> retries.retry(name, retryConfig(clientSettings)));
		return builders.get()
			.baseUrl(baseUrl)
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1))
				.build(HttpClientSettings.defaults()
					.withTimeouts(clientSettings.connectTimeout(), clientSettings.readTimeout())))
			.requestInterceptor(new CallerContextInterceptor())
			.requestInterceptor(new ResilienceInterceptor(name, breaker, retry))
			.build();
	}

	private static RetryConfig retryConfig(ClientSettings settings) {
		return RetryConfig.custom()
			.maxAttempts(settings.maxAttempts())
			.intervalFunction(settings.backoff())
			.retryOnException(ResilienceInterceptor.DependencyFailure.class::isInstance)
			.failAfterMaxAttempts(false)
			.build();
	}
}
