package com.vurksha.user.token;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.vurksha.platform.security.SecurityProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The user service's own decoder, which checks its tokens with its keys directly rather than over JWKS. */
class TokenConfigurationTests {

	private static final String ISSUER = "vurksha-user-service";

	@TempDir
	Path dir;

	@Test
	void acceptsItsOwnTokenWithinItsLifetime() throws Exception {
		SigningKeys keys = keys();

		assertThat(decoder(keys).decode(signed(keys, claims().build())).getSubject()).isEqualTo("user-1");
	}

	@Nested
	class Refuses {

		@Test
		void aTokenWithoutExpiry() throws Exception {
			SigningKeys keys = keys();
			String noExpiry = signed(keys, claims().expirationTime(null).build());

			assertThatThrownBy(() -> decoder(keys).decode(noExpiry)).isInstanceOf(JwtException.class);
		}

		@Test
		void aTokenSignedWithASharedSecret() throws Exception {
			SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
			hmac.sign(new MACSigner("a-shared-secret-of-at-least-256-bits-length!"));

			assertThatThrownBy(() -> decoder(keys()).decode(hmac.serialize())).isInstanceOf(JwtException.class);
		}

		@Test
		void anUnsignedToken() {
			String unsigned = new PlainJWT(claims().build()).serialize();

			assertThatThrownBy(() -> decoder(keys()).decode(unsigned)).isInstanceOf(JwtException.class);
		}
	}

	private SigningKeys keys() {
		return SigningKeys.from(new AuthProperties(ISSUER, Duration.ofMinutes(15), Duration.ofDays(30), List.of(), null,
				dir.resolve("jwk.json")));
	}

	private static JwtDecoder decoder(SigningKeys keys) {
		SecurityProperties security = new SecurityProperties(null, ISSUER, List.of(), Duration.ofSeconds(30),
				Duration.ofSeconds(2), null, List.of());
		return new TokenConfiguration().jwtDecoder(keys,
				new AuthProperties(ISSUER, Duration.ofMinutes(15), Duration.ofDays(30), List.of(), null, null), security,
				Clock.systemUTC());
	}

	private static JWTClaimsSet.Builder claims() {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject("user-1")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(900)));
	}

	private static String signed(SigningKeys keys, JWTClaimsSet claims) throws JOSEException {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keys.active().getKeyID()).build(),
				claims);
		jwt.sign(new ECDSASigner(keys.active()));
		return jwt.serialize();
	}
}
