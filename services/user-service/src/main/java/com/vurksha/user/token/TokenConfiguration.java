package com.vurksha.user.token;

import java.time.Clock;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.vurksha.platform.security.JwtDecoders;
import com.vurksha.platform.security.SecurityProperties;

/**
 * The signing keys, and the decoder that checks this service's own access tokens against them directly instead of
 * fetching its own JWKS over HTTP, with the same validation as every other service.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	@Bean
	SigningKeys signingKeys(AuthProperties properties) {
		return SigningKeys.from(properties);
	}

	@Bean
	JwtDecoder jwtDecoder(SigningKeys keys, AuthProperties properties, SecurityProperties security, Clock clock) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(keys.publicKeys()))
			.jwsAlgorithm(SignatureAlgorithm.ES256)
			.build();
		decoder.setJwtValidator(JwtDecoders.validator(properties.issuer(), security.clockSkew(), clock));
		return decoder;
	}
}
