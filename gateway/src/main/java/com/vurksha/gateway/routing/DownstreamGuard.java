package com.vurksha.gateway.routing;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.ErrorBody;
import com.vurksha.platform.error.ErrorCode;
import com.vurksha.platform.error.ErrorResponses;
import com.vurksha.platform.error.PayloadTooLargeException;

/**
 * Puts a circuit breaker in front of one service. A refused connection, a timeout or a 5xx other than 503 counts as
 * a failure; once the breaker opens, calls are answered at once with a retryable 503 instead of piling up on a dead
 * service. A service that does not answer in time gives a retryable 504. A client that goes away while its body is being
 * passed on says nothing about the service: it is logged at debug and not counted against the breaker.
 */
class DownstreamGuard implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private static final Log log = LogFactory.getLog(DownstreamGuard.class);

	private static final Duration RETRY_SOON = Duration.ofSeconds(1);

	/** Tomcat's exception for a client whose connection broke while the gateway was reading or writing it. */
	private static final String CLIENT_ABORT = "ClientAbortException";

	private final CircuitBreaker breaker;

	private final String service;

	DownstreamGuard(CircuitBreaker breaker, String service) {
		this.breaker = breaker;
		this.service = service;
	}

	@Override
	public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
		if (!breaker.tryAcquirePermission()) {
			return error(CommonErrorCode.SERVICE_UNAVAILABLE,
					"The " + service + " is temporarily unavailable; please retry shortly", openWait());
		}
		long start = System.nanoTime();
		try {
			ServerResponse response = next.handle(request);
			if (countsAgainstTheService(response.statusCode())) {
				breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS,
						new IllegalStateException(service + " answered " + response.statusCode()));
			}
			else {
				breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			}
			return response;
		}
		catch (ResourceAccessException ex) {
			if (causedBy(ex, PayloadTooLargeException.class)) {
				// the client's fault, found while streaming its body on: says nothing about the service
				breaker.releasePermission();
				return error(CommonErrorCode.PAYLOAD_TOO_LARGE, ex.getMostSpecificCause().getMessage(), null);
			}
			if (clientWentAway(ex)) {
				breaker.releasePermission();
				log.debug("Client went away while its request to the " + service + " was being sent: " + ex);
				// nobody is left to read an answer; a bare status keeps the access log and metrics honest
				return ServerResponse.status(HttpStatus.BAD_REQUEST).build();
			}
			breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, ex);
			if (causedBy(ex, HttpTimeoutException.class) || causedBy(ex, SocketTimeoutException.class)) {
				return error(CommonErrorCode.DEPENDENCY_TIMEOUT, "The " + service + " did not answer in time",
						RETRY_SOON);
			}
			Duration retryAfter = (breaker.getState() == CircuitBreaker.State.OPEN) ? openWait() : RETRY_SOON;
			return error(CommonErrorCode.SERVICE_UNAVAILABLE,
					"The " + service + " is temporarily unavailable; please retry shortly", retryAfter);
		}
		catch (Exception | Error ex) {
			breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, ex);
			throw ex;
		}
	}

	private Duration openWait() {
		long millis = breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1);
		return Duration.ofMillis(millis);
	}

	private static ServerResponse error(ErrorCode code, String message, Duration retryAfter) {
		ResponseEntity<ErrorBody> entity = ErrorResponses.entity(code, message, retryAfter, List.of());
		return ServerResponse.status(entity.getStatusCode())
			.headers(headers -> headers.putAll(entity.getHeaders()))
			.body(entity.getBody());
	}

	private static boolean clientWentAway(Throwable ex) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (current.getClass().getSimpleName().equals(CLIENT_ABORT)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A 5xx is the service failing, except a 503: that is the service's own considered answer (it shed the request,
	 * or a dependency of its own is down) given quickly, so blocking every caller of the service for it would turn
	 * one busy dependency into an outage of the whole route.
	 */
	static boolean countsAgainstTheService(HttpStatusCode status) {
		return status.is5xxServerError() && status.value() != HttpStatus.SERVICE_UNAVAILABLE.value();
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return true;
			}
		}
		return false;
	}
}
