package com.vurksha.gateway.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signs access tokens as the user service does, with a key whose public half the stand-in JWKS publishes. */
public final class Tokens {

	private final RSAKey key;

	private final RSAKey stranger;

	public Tokens() {
		try {
			this.key = new RSAKeyGenerator(2048).keyID("test-key").generate();
			this.stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String jwks() {
		return new JWKSet(key.toPublicJWK()).toString();
	}

	public String customer(String userId) {
		return sign(key, "vurksha-user-service", userId, List.of("CUSTOMER"), Instant.now().plusSeconds(900));
	}

	/** Signed with the right key but issued by someone else. */
	public String fromAnotherIssuer(String userId) {
		return sign(key, "someone-else", userId, List.of("CUSTOMER"), Instant.now().plusSeconds(900));
	}

	public String rider(String userId) {
		return sign(key, "vurksha-user-service", userId, List.of("RIDER"), Instant.now().plusSeconds(900));
	}

	public String admin(String userId) {
		return sign(key, "vurksha-user-service", userId, List.of("ADMIN"), Instant.now().plusSeconds(900));
	}

	public String expired(String userId) {
		return sign(key, "vurksha-user-service", userId, List.of("CUSTOMER"), Instant.now().minusSeconds(600));
	}

	/** A well-formed token signed by a key the user service never published. */
	public String forged(String userId) {
		return sign(stranger, "vurksha-user-service", userId, List.of("ADMIN"), Instant.now().plusSeconds(900));
	}

	private static String sign(RSAKey signingKey, String issuer, String userId, List<String> roles, Instant expiry) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer)
			.subject(userId)
			.claim("roles", roles)
			.issueTime(Date.from(expiry.minusSeconds(900)))
			.expirationTime(Date.from(expiry))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(signingKey));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}
}
