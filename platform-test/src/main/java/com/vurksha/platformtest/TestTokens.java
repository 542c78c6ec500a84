package com.vurksha.platformtest;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;


/**
 * Mints access tokens as the user service would (ES256, issuer {@code vurksha-user-service}, a {@code roles}
 * claim), signed with a key generated for this test run; {@link Config} makes the service trust that key.
 */
public final class TestTokens {

	public static final String ISSUER = "vurksha-user-service";

	private static final ECKey KEY = generate();

	private static final NimbusJwtEncoder ENCODER = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(KEY)));

	private TestTokens() {
	}

	public static String admin() {
		return token("admin-" + UUID.randomUUID(), List.of("ADMIN"), ISSUER, Duration.ofMinutes(15));
	}

	public static String customer() {
		return customer("customer-" + UUID.randomUUID());
	}

	/** A customer token for a known user id, for tests that must match the token to stored rows. */
	public static String customer(String userId) {
		return token(userId, List.of("CUSTOMER"), ISSUER, Duration.ofMinutes(15));
	}

	/**
	 * A service token as the user service's client-credentials grant issues it: {@code client_id}, one audience, the
	 * scopes space-separated, ten minutes.
	 */
	public static String service(String clientId, String audience, String... scopes) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(clientId)
			.claim("client_id", clientId)
			.audience(List.of(audience))
			.claim("scope", String.join(" ", scopes))
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofMinutes(10)))
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.ES256).keyId(KEY.getKeyID()).build();
		return ENCODER.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	/**
	 * The headers a calling service sends along its service token to say on whose behalf it calls: the customer's
	 * own token in {@code X-Customer-Token}, used by the callee as context only.
	 */
	public static HttpHeaders customerContext(String customerToken) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Customer-Token", customerToken);
		return headers;
	}

	public static String token(String subject, List<String> roles, String issuer, Duration lifetime) {
		Instant expiresAt = Instant.now().plus(lifetime);
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject(subject)
			.issuedAt(expiresAt.minus(Duration.ofMinutes(15)))
			.expiresAt(expiresAt)
			.claim("roles", roles)
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.ES256).keyId(KEY.getKeyID()).build();
		return ENCODER.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	private static ECKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			KeyPair pair = generator.generateKeyPair();
			return new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic())
				.privateKey((ECPrivateKey) pair.getPrivate())
				.keyID("test-" + UUID.randomUUID())
				.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not generate a P-256 key", ex);
		}
	}

	/** Verifies tokens with the public half of the test key, checking issuer and lifetime as production does. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		JwtDecoder testJwtDecoder() {
			NimbusJwtDecoder decoder = NimbusJwtDecoder
				.withJwkSource(new ImmutableJWKSet<>(new JWKSet(KEY.toPublicJWK())))
				.jwsAlgorithm(SignatureAlgorithm.ES256)
				.build();
			decoder.setJwtValidator(
					new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), new JwtIssuerValidator(ISSUER)));
			return decoder;
		}
	}
}
