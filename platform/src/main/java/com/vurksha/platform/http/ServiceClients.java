package com.vurksha.platform.http;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the {@link RestClient}s a service uses to call other services. Each client has its own timeouts, circuit
 * breaker and retry policy, all named after it, and forwards the request id (and, where configured, the caller's
 * token).
 *
 * <p>Failures of the other service surface as {@code ApiException}s: {@code SERVICE_UNAVAILABLE} (refused
 * connection, 5xx, 429, a 409 for an idempotency key still in flight, open breaker) or {@code DEPENDENCY_TIMEOUT}
 * (no answer in time), both retryable with {@code Retry-After}. Other 4xx answers are left to the caller's usual
 * {@code RestClient} handling.
 *
 * <p>Answers are read leniently: the service's own strict JSON reading guards its API against bad input, but
 * applied to another service's answers it would break this service whenever that one adds a field.
 */
public class ServiceClients {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

	private final Supplier<RestClient.Builder> builders;

	private final Function<String, ClientSettings> settings;

	private final CircuitBreakerRegistry breakers;

	private final RetryRegistry retries;

	private final JacksonJsonHttpMessageConverter lenientJson;

	private final Clock clock;

	private final ServiceTokens tokens;

	/**
	 * @param builders fresh builders, from Spring Boot so that tracing and metrics are already wired into them
	 * @param settings the settings of a client by name
	 * @param json the application's mapper; its modules are kept, its strict reading features are not
	 */
	public ServiceClients(Supplier<RestClient.Builder> builders, Function<String, ClientSettings> settings,
			CircuitBreakerRegistry breakers, RetryRegistry retries, JsonMapper json, Clock clock) {
		this(builders, settings, breakers, retries, json, clock, null);
	}

	/**
	 * @param tokens this service's service tokens, for clients with an {@code audience}; {@code null} when this service
	 * calls no internal endpoint
	 */
	public ServiceClients(Supplier<RestClient.Builder> builders, Function<String, ClientSettings> settings,
			CircuitBreakerRegistry breakers, RetryRegistry retries, JsonMapper json, Clock clock, ServiceTokens tokens) {
		this.tokens = tokens;
		this.builders = builders;
		this.settings = settings;
		this.breakers = breakers;
		this.retries = retries;
		this.lenientJson = new JacksonJsonHttpMessageConverter(lenient(json));
		this.clock = clock;
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
			.configureMessageConverters(converters -> converters.withJsonConverter(lenientJson))
			.requestInterceptor(new CallerContextInterceptor(clientSettings.forwardAuthorization(),
					clientSettings.audience(), tokens))
			.requestInterceptor(new ResilienceInterceptor(name, breaker, retry, clock))
			.build();
	}

	static JsonMapper lenient(JsonMapper json) {
		return json.rebuild()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.build();
	}

	private static RetryConfig retryConfig(ClientSettings settings) {
		return RetryConfig.custom()
			.maxAttempts(settings.maxAttempts())
			.intervalBiFunction(waitBeforeRetry(settings.backoff(), settings.maxBackoff()))
			.retryOnException(DependencyFailure.class::isInstance)
			.failAfterMaxAttempts(false)
			.build();
	}

	/** The backoff, or the other service's {@code Retry-After} when it asked for one, never beyond the longest wait. */
	private static IntervalBiFunction<Object> waitBeforeRetry(IntervalFunction backoff, Duration maxBackoff) {
		return (attempt, outcome) -> {
			if (outcome.isLeft() && outcome.getLeft() instanceof DependencyFailure failure
					&& failure.retryAfter() != null) {
				return Math.min(failure.retryAfter().toMillis(), maxBackoff.toMillis());
			}
			return backoff.apply(attempt);
		};
	}
}
