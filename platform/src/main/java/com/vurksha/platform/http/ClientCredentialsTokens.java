package com.vurksha.platform.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.annotation.JsonProperty;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

/**
 * Service tokens from the user service's client-credentials grant, cached per audience so that a call to another
 * service costs no token request:
 * <ul>
 * <li>a token is used until half its lifetime has passed, then one caller refreshes it while the others go on with
 * the current one (single flight: never two token requests for one audience at once);</li>
 * <li>when the refresh fails (the user service is down) the current token is used until shortly before it expires,
 * and the refresh is tried again at most every {@code retry-after-failure};</li>
 * <li>only when there is no usable token at all does a caller wait for the request, and fail with a retryable 503
 * when it fails.</li>
 * </ul>
 */
public final class ClientCredentialsTokens implements ServiceTokens {

	/** A token is not sent when it has less than this left: it could expire on its way. */
	static final Duration EXPIRY_MARGIN = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(ClientCredentialsTokens.class);

	private final ServiceIdentityProperties properties;

	private final RestClient http;

	private final Clock clock;

	private final Map<String, Slot> slots = new ConcurrentHashMap<>();

	public ClientCredentialsTokens(ServiceIdentityProperties properties, Clock clock) {
		if (properties.tokenUri() == null || blank(properties.clientId()) || blank(properties.clientSecret())) {
			throw new IllegalStateException("vurksha.service-identity needs token-uri, client-id and client-secret to "
					+ "call other services' internal endpoints");
		}
		this.properties = properties;
		this.clock = clock;
		this.http = RestClient.builder()
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1))
				.build(HttpClientSettings.defaults().withTimeouts(properties.timeout(), properties.timeout())))
			.build();
	}

	@Override
	public String tokenFor(String audience) {
		Slot slot = slots.computeIfAbsent(audience, name -> new Slot());
		Instant now = clock.instant();
		Cached cached = slot.cached;
		if (cached != null && now.isBefore(cached.refreshAt())) {
			return cached.value();
		}
		if (cached != null && cached.usableAt(now)) {
			// Time to refresh, but the token still works: one caller refreshes, the others do not wait for it.
			if (now.isAfter(slot.quietUntil) && slot.lock.tryLock()) {
				try {
					refresh(slot, audience, false);
				}
				finally {
					slot.lock.unlock();
				}
			}
			return slot.cached.value();
		}
		slot.lock.lock();
		try {
			Cached current = slot.cached;
			if (current != null && current.usableAt(clock.instant())) {
				return current.value();
			}
			return refresh(slot, audience, true).value();
		}
		finally {
			slot.lock.unlock();
		}
	}

	private Cached refresh(Slot slot, String audience, boolean needed) {
		Instant requested = clock.instant();
		try {
			TokenAnswer answer = request(audience);
			if (answer == null || blank(answer.accessToken()) || answer.expiresIn() <= 0) {
				throw new IllegalStateException("the token endpoint answered without a token or a lifetime");
			}
			Duration lifetime = Duration.ofSeconds(answer.expiresIn());
			Cached fresh = new Cached(answer.accessToken(), requested.plus(lifetime.dividedBy(2)),
					requested.plus(lifetime).minus(EXPIRY_MARGIN));
			slot.cached = fresh;
			return fresh;
		}
		catch (RuntimeException ex) {
			slot.quietUntil = clock.instant().plus(properties.retryAfterFailure());
			if (!needed && slot.cached != null) {
				log.warn("Could not refresh the service token for {}; using the current one until it expires: {}",
						audience, ex.getMessage());
				return slot.cached;
			}
			throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE,
					"No service token for calling " + audience + " could be obtained", ex)
				.withRetryAfter(properties.retryAfterFailure());
		}
	}

	private TokenAnswer request(String audience) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("audience", audience);
		return http.post()
			.uri(URI.create(properties.tokenUri().toString()))
			.headers(headers -> headers.setBasicAuth(properties.clientId(), properties.clientSecret(),
					StandardCharsets.UTF_8))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(TokenAnswer.class);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** The token endpoint's answer (RFC 6749 section 5.1); other fields are ignored. */
	record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
	}

	/** A token, when to refresh it, and until when it may still be sent. */
	private record Cached(String value, Instant refreshAt, Instant usableUntil) {

		boolean usableAt(Instant now) {
			return now.isBefore(usableUntil);
		}
	}

	/** The token of one audience and the lock that lets only one caller request it. */
	private static final class Slot {

		private final ReentrantLock lock = new ReentrantLock();

		private volatile Cached cached;

		private volatile Instant quietUntil = Instant.MIN;
	}
}
