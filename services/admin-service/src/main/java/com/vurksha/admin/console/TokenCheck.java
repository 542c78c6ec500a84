package com.vurksha.admin.console;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

import com.vurksha.platform.security.JwtDecoders;
import com.vurksha.platform.security.Role;
import com.vurksha.platform.security.SecurityProperties;

/**
 * Verifies a token the user service issued at sign-in: its signature with the user service's published keys, its
 * issuer and lifetime, exactly as every owning service does with the same token, so the console admits only an
 * operator the owning services will also accept, without asking the user service again.
 */
@Component
class TokenCheck {

	private final JwtDecoder decoder;

	TokenCheck(ObjectProvider<JwtDecoder> decoders, SecurityProperties security, Clock clock) {
		this.decoder = decoders.getIfUnique(() -> fromKeys(security, clock));
	}

	/** The verified token, or empty when it is forged, expired or from another issuer. */
	java.util.Optional<Jwt> verify(String token) {
		try {
			return java.util.Optional.of(decoder.decode(token));
		}
		catch (JwtException ex) {
			return java.util.Optional.empty();
		}
	}

	static boolean isOperator(Jwt jwt) {
		List<String> roles = jwt.getClaimAsStringList("roles");
		return roles != null && roles.contains(Role.ADMIN.name());
	}

	private static JwtDecoder fromKeys(SecurityProperties security, Clock clock) {
		if (security.jwksUri() == null) {
			throw new IllegalStateException("The console needs vurksha.security.jwks-uri to check operators' tokens");
		}
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(security.jwksUri().toString())
			.jwsAlgorithm(SignatureAlgorithm.ES256)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(JwtDecoders.validator(security.issuer(), security.clockSkew(), clock));
		return decoder;
	}
}
