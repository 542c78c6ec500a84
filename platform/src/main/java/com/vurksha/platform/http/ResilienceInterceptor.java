package com.vurksha.platform.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.idempotency.IdempotencyKeys;

/**
 * Guards each call to another service with its circuit breaker, retries it with backoff when repeating it is safe,
 * and turns the failures of the other service into retryable {@link ApiException}s that the caller's client sees
 * as 503 or 504 with {@code Retry-After}. Besides 5xx, a 429 and a 409 for an idempotency key still in flight
 * are the other service saying "not now", and are treated the same way, honouring its {@code Retry-After}. Other
 * answers below 500 are the caller's business and pass through untouched.
 *
 * <p>The breaker counts what says the other service is broken: no connection, a connection that broke, no answer
 * within the read timeout (set far above the service's latency when the machine is busy, see
 * {@link ClientSettings}), and 5xx answers other than 503. A 503 or a 429 is a service that is up and shedding
 * load or asking us to slow down: it is surfaced as "not now" but does not count against the service, since
 * opening the breaker then would turn a brief overload into fast failures for every caller. A 409 for an
 * idempotency key in flight counts as a success.
 *
 * <p>Every permission taken from the breaker is given back as a success, an error or a release, whatever the call
 * throws, so a half-open breaker can never run out of trial calls and stick.
 */
final class ResilienceInterceptor implements ClientHttpRequestInterceptor {

	private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.PUT, HttpMethod.DELETE);

	private static final Logger log = LoggerFactory.getLogger(ResilienceInterceptor.class);

	private final String name;

	private final CircuitBreaker breaker;

	private final Retry retry;

	private final Clock clock;

	ResilienceInterceptor(String name, CircuitBreaker breaker, Retry retry, Clock clock) {
		this.name = name;
		this.breaker = breaker;
		this.retry = retry;
		this.clock = clock;
	}

	static boolean isRepeatable(HttpRequest request) {
		return IDEMPOTENT.contains(request.getMethod()) || request.getHeaders().containsHeader(IdempotencyKeys.HEADER);
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
		try {
			if (isRepeatable(request)) {
				return retry.executeSupplier(() -> attempt(request, body, execution));
			}
			return attempt(request, body, execution);
		}
		catch (DependencyFailure failure) {
			throw failure.toApiException(name);
		}
		catch (ApiException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE, "The " + name + " service is unavailable", ex)
				.withRetryAfter(DependencyFailure.DEFAULT_RETRY_AFTER);
		}
	}

	private ClientHttpResponse attempt(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
		if (!breaker.tryAcquirePermission()) {
			throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE,
					"The " + name + " service is unavailable; not calling it for a while").withRetryAfter(openFor());
		}
		long start = System.nanoTime();
		try {
			ClientHttpResponse response = judge(execution.execute(request, body));
			breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			return response;
		}
		catch (IOException ex) {
			breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, ex);
			throw DependencyFailure.of(ex);
		}
		catch (InProgress ex) {
			// The other service is healthy, only busy with this very key: no mark against it.
			breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			throw ex.failure;
		}
		catch (Shedding ex) {
			// The other service is up and said "not now": no mark for or against it.
			breaker.releasePermission();
			throw ex.failure;
		}
		catch (RuntimeException ex) {
			breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, ex);
			throw ex;
		}
		catch (Error ex) {
			breaker.releasePermission();
			throw ex;
		}
	}

	/**
	 * The response, its body read, when the caller should see it; a {@link DependencyFailure} (or {@link InProgress}
	 * or {@link Shedding}) otherwise.
	 */
	private ClientHttpResponse judge(ClientHttpResponse response) throws IOException {
		try {
			HttpStatusCode status = response.getStatusCode();
			if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()
					|| status.value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
				throw new Shedding(notNow(status, response));
			}
			if (status.is5xxServerError()) {
				throw notNow(status, response);
			}
			if (status.value() == HttpStatus.CONFLICT.value()) {
				DownstreamAnswers.Buffered buffered = DownstreamAnswers.buffer(response);
				if (buffered.isIdempotencyKeyInProgress()) {
					throw new InProgress(notNow(status, response));
				}
				return buffered;
			}
			return BufferedResponse.of(response);
		}
		catch (IOException | RuntimeException ex) {
			response.close();
			throw ex;
		}
	}

	private DependencyFailure notNow(HttpStatusCode status, ClientHttpResponse response) {
		log.debug("{} answered {}", name, status.value());
		return DependencyFailure.answered(status.value(), DownstreamAnswers.retryAfter(response.getHeaders(), clock));
	}

	private Duration openFor() {
		long millis = breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1);
		return Duration.ofMillis(Math.max(1000, millis));
	}

	/** Carries a 503 or 429 past the breaker's error accounting. */
	private static final class Shedding extends RuntimeException {

		private final transient DependencyFailure failure;

		Shedding(DependencyFailure failure) {
			super(null, null, false, false);
			this.failure = failure;
		}
	}

	/** Carries a 409 "still in progress" past the breaker's error accounting. */
	private static final class InProgress extends RuntimeException {

		private final transient DependencyFailure failure;

		InProgress(DependencyFailure failure) {
			super(null, null, false, false);
			this.failure = failure;
		}
	}
}
