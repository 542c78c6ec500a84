package com.vurksha.gateway.routing;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.support.HttpRequestWrapper;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends each call of a service with several instances to one of them, and a failed call once more to another when
 * {@link RetryPolicy} allows it. It sits in the service's HTTP client, where the body the gateway passes on is already
 * buffered (the platform caps it at 1 MB), so a retried write sends the same bytes. The answer's body is streamed to
 * the client only after this returns: a call is never retried once the client has had any of an answer.
 *
 * <p>A connection the instance refused takes it out of the rotation at once, without waiting for its next health
 * check. The retries are counted in {@value #RETRIES}, by service and {@link Failure}.
 */
final class BalancingInterceptor implements ClientHttpRequestInterceptor {

	static final String RETRIES = "vurksha.gateway.retries";

	private static final Log log = LogFactory.getLog(BalancingInterceptor.class);

	private final ServiceInstances instances;

	private final MeterRegistry meters;

	BalancingInterceptor(ServiceInstances instances, MeterRegistry meters) {
		this.instances = instances;
		this.meters = meters;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		Instance first = instances.choose();
		Attempt attempt = send(first, request, body, execution);
		if (!RetryPolicy.allowsRetry(request.getMethod(), request.getHeaders(), attempt.failure())) {
			return attempt.outcome();
		}
		Optional<Instance> other = instances.other(first);
		if (other.isEmpty()) {
			return attempt.outcome();
		}
		attempt.discard();
		retries(attempt.failure()).increment();
		log.debug("Retrying " + request.getMethod() + " " + request.getURI().getRawPath() + " on " + other.get()
				+ " after " + attempt.failure() + " at " + first);
		Attempt retry = send(other.get(), request, body, execution);
		if (retry.error() != null && attempt.error() != null) {
			retry.error().addSuppressed(attempt.error());
		}
		return retry.outcome();
	}

	private static Attempt send(Instance instance, HttpRequest request, byte[] body,
			ClientHttpRequestExecution execution) {
		try {
			ClientHttpResponse response = execution.execute(at(instance.address(), request), body);
			return new Attempt(response, null, Failure.of(response.getStatusCode(), response.getHeaders()));
		}
		catch (IOException ex) {
			Failure failure = Failure.of(ex);
			if (failure == Failure.NOT_CONNECTED) {
				instance.markDown(NestedExceptionUtils.getMostSpecificCause(ex).toString());
			}
			return new Attempt(null, ex, failure);
		}
	}

	private static HttpRequest at(URI instance, HttpRequest request) {
		URI target = UriComponentsBuilder.fromUri(request.getURI())
			.scheme(instance.getScheme())
			.host(instance.getHost())
			.port(instance.getPort())
			.build(true)
			.toUri();
		return new HttpRequestWrapper(request) {

			@Override
			public URI getURI() {
				return target;
			}
		};
	}

	private Counter retries(Failure failure) {
		return Counter.builder(RETRIES)
			.description("Calls the gateway sent once more to another instance of a service")
			.tag("service", instances.service())
			.tag("failure", failure.name().toLowerCase(Locale.ROOT))
			.register(meters);
	}

	/** One call to one instance: its answer, or the error that took its place. */
	private record Attempt(ClientHttpResponse response, IOException error, Failure failure) {

		ClientHttpResponse outcome() throws IOException {
			if (error != null) {
				throw error;
			}
			return response;
		}

		void discard() {
			if (response != null) {
				response.close();
			}
		}
	}
}
