package com.vurksha.platform.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * Builds token decoders and the one token validator every service applies, the user service (which signs the
 * tokens and verifies them with its own keys) included.
 */
public final class JwtDecoders {

	/** Tolerance when comparing {@code exp} and {@code nbf} with this machine's clock, unless configured. */
	public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);

	private JwtDecoders() {
	}

	/** Verifies ES256 or RS256 signatures with the keys at the JWKS URI, then the issuer and the token's lifetime. */
	static JwtDecoder fromJwks(SecurityProperties properties, Clock clock) {
		RestTemplate keysClient = new RestTemplate(ClientHttpRequestFactoryBuilder.simple()
			.build(HttpClientSettings.defaults().withTimeouts(properties.jwksTimeout(), properties.jwksTimeout())));
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri().toString())
			.jwsAlgorithm(SignatureAlgorithm.ES256)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.restOperations(keysClient)
			.build();
		decoder.setJwtValidator(validator(properties.issuer(), properties.clockSkew(), clock));
		return decoder;
	}

	/** As {@link #validator(String, Duration, Clock)} with the default skew and the system clock. */
	public static OAuth2TokenValidator<Jwt> validator(String issuer) {
		return validator(issuer, DEFAULT_CLOCK_SKEW, Clock.systemUTC());
	}

	/**
	 * Accepts a token only from {@code issuer} and only within its lifetime. A token without {@code exp} is refused:
	 * Spring's default lets it through, which would make a leaked token valid forever.
	 */
	public static OAuth2TokenValidator<Jwt> validator(String issuer, Duration clockSkew, Clock clock) {
		JwtTimestampValidator lifetime = new JwtTimestampValidator(clockSkew);
		lifetime.setAllowEmptyExpiryClaim(false);
		lifetime.setClock(clock);
		return new DelegatingOAuth2TokenValidator<>(lifetime, new JwtIssuerValidator(issuer));
	}

	/**
	 * For a service given neither keys nor a decoder: every token is refused, so a missing setting closes the
	 * service rather than opening it.
	 */
	static JwtDecoder refusingAll() {
		return token -> {
			throw new BadJwtException("No token verification keys are configured (vurksha.security.jwks-uri)");
		};
	}
}
