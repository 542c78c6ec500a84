package com.vurksha.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A token decoder that remembers the tokens it has verified, so that a token seen again (a customer's next request,
 * a service token used for ten minutes) is not verified again: an ES256 signature check was the largest single cost
 * of a request (about 13 % of the CPU of every service under the checkout load), and a checkout verifies the same
 * two tokens up to ten times on its way through the services.
 * <p>
 * Only a token that passed every check of the decoder it wraps is remembered, keyed by its exact text, so a token
 * differing in a single character is verified afresh. It is remembered for {@link #DEFAULT_REMEMBER} at most and
 * never past its {@code exp} (checked against the given clock on each use): a key removed from the JWKS stops
 * working for remembered tokens within that time. Failures are never remembered.
 */
public final class RememberedTokens implements JwtDecoder {

	/** How long a verified token is remembered at most. */
	public static final Duration DEFAULT_REMEMBER = Duration.ofMinutes(2);

	/** How many verified tokens are remembered at most, least recently used dropped first. */
	public static final long DEFAULT_MAXIMUM = 10_000;

	private final JwtDecoder verifier;

	private final Clock clock;

	private final Cache<String, Jwt> verified;

	public RememberedTokens(JwtDecoder verifier, Clock clock) {
		this(verifier, clock, DEFAULT_REMEMBER, DEFAULT_MAXIMUM);
	}

	RememberedTokens(JwtDecoder verifier, Clock clock, Duration remember, long maximum) {
		this.verifier = verifier;
		this.clock = clock;
		long rememberNanos = remember.toNanos();
		this.verified = Caffeine.newBuilder().maximumSize(maximum).expireAfter(new Expiry<String, Jwt>() {
			@Override
			public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
				return Math.min(rememberNanos, untilExpiry(jwt));
			}

			@Override
			public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
				return expireAfterCreate(token, jwt, currentTime);
			}

			@Override
			public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
				return currentDuration;
			}
		}).build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		if (token == null) {
			return verifier.decode(null);
		}
		Jwt known = verified.getIfPresent(token);
		if (known != null && stillValid(known)) {
			return known;
		}
		if (known != null) {
			verified.invalidate(token);
		}
		// the wrapped decoder says why a token is refused (expired, bad signature, unknown key, ...)
		Jwt jwt = verifier.decode(token);
		if (jwt.getExpiresAt() != null && untilExpiry(jwt) > 0) {
			verified.put(token, jwt);
		}
		return jwt;
	}

	private boolean stillValid(Jwt jwt) {
		Instant now = clock.instant();
		return jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())
				&& (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
	}

	private long untilExpiry(Jwt jwt) {
		if (jwt.getExpiresAt() == null) {
			return 0;
		}
		return Math.max(0, Duration.between(clock.instant(), jwt.getExpiresAt()).toNanos());
	}
}
