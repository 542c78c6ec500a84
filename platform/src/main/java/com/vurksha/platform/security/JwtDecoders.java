package com.vurksha.platform.security;

import java.time.Clock;

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

/** Builds the token decoder of services that verify, but do not sign, access tokens. */
final class JwtDecoders {

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
		decoder.setJwtValidator(validator(properties, clock));
		return decoder;
	}

	static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties, Clock clock) {
		JwtTimestampValidator lifetime = new JwtTimestampValidator(properties.clockSkew());
		lifetime.setClock(clock);
		return new DelegatingOAuth2TokenValidator<>(lifetime, new JwtIssuerValidator(properties.issuer()));
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
