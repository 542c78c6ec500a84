package com.vurksha.platform.http;

import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

/**
 * Guards each call to another service with its circuit breaker, retries it with backoff when repeating it is safe,
 * and turns the failures of the other service into retryable {@link ApiException}s that the caller's client sees
 * as 503 or 504. Answers below 500 are the caller's business and pass through untouched.
 */
final class ResilienceInterceptor implements ClientHttpRequestInterceptor {

	/** Requests carrying this header may be repeated: the receiver replays the first answer. */
	static final String IDEMPOTENCY_KEY = "X-Idempotency-Key";

	private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.PUT, HttpMethod.DELETE);

	private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger(ResilienceInterceptor.class);

	private final String name;

	private final CircuitBreaker breaker;

	private final Retry retry;

	ResilienceInterceptor(String name, CircuitBreaker breaker, Retry retry) {
		this.name = name;
		this.breaker = breaker;
		this.retry = retry;
	}

	static boolean isRepeatable(HttpRequest request) {
		return IDEMPOTENT.contains(request.getMethod()) || request.getHeaders().containsHeader(IDEMPOTENCY_KEY);
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
		try {
			if (isRepeatable(request)) {
				return retry.executeCheckedSupplier(() -> attempt(request, body, execution));
			}
			return attempt(request, body, execution);
		}
		catch (DependencyFailure failure) {
			throw failure.toApiException(name);
		}
		catch (ApiException ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE, "The " + name + " service is unavailable", ex)
				.withRetryAfter(RETRY_AFTER);
		}
	}

	private ClientHttpResponse attempt(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
		if (!breaker.tryAcquirePermission()) {
			throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE,
					"The " + name + " service is unavailable; not calling it for a while").withRetryAfter(openFor());
		}
		long start = System.nanoTime();
		ClientHttpResponse response;
		try {
			response = execution.execute(request, body);
		}
		catch (IOException ex) {
			breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, ex);
			throw DependencyFailure.of(ex);
		}
		HttpStatusCode status = statusOf(response);
		if (status.is5xxServerError()) {
			DependencyFailure failure = new DependencyFailure(status.value(), null);
			breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
			response.close();
			log.debug("{} answered {} to {} {}", name, status.value(), request.getMethod(), request.getURI());
			throw failure;
		}
		breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		return response;
	}

	private static HttpStatusCode statusOf(ClientHttpResponse response) {
		try {
			return response.getStatusCode();
		}
		catch (IOException ex) {
			response.close();
			throw DependencyFailure.of(ex);
		}
	}

	private Duration openFor() {
		long millis = breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1);
		return Duration.ofMillis(Math.max(1000, millis));
	}

	/** A failure of the other service (no connection, no answer in time, a 5xx): retried when repeatable. */
	static final class DependencyFailure extends RuntimeException {

		private final int status;

		private DependencyFailure(int status, IOException cause) {
			super((cause != null) ? cause.toString() : "HTTP " + status, cause, false, false);
			this.status = status;
		}

		static DependencyFailure of(IOException cause) {
			return new DependencyFailure(0, cause);
		}

		/** A connection that could not be made is an unavailable service; an answer that did not come, a timeout. */
		boolean isTimeout() {
			Throwable cause = getCause();
			if (cause instanceof HttpConnectTimeoutException) {
				return false;
			}
			return status == 504 || cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException;
		}

		ApiException toApiException(String name) {
			if (isTimeout()) {
				return new ApiException(CommonErrorCode.DEPENDENCY_TIMEOUT,
						"The " + name + " service did not answer in time", this).withRetryAfter(RETRY_AFTER);
			}
			return new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE, "The " + name + " service is unavailable",
					this)
				.withRetryAfter(RETRY_AFTER);
		}
	}
}
