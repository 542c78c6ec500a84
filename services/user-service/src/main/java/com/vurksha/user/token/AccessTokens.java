package com.vurksha.user.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Component;

import com.vurksha.user.account.UserAccount;

/**
 * Signs short-lived ES256 access tokens carrying the user id ({@code sub}) and roles, with the signing key's id in
 * the {@code kid} header so verifiers pick the right key from the JWKS.
 */
@Component
public class AccessTokens {

	private final SigningKeys keys;

	private final AuthProperties properties;

	private final Clock clock;

	AccessTokens(SigningKeys keys, AuthProperties properties, Clock clock) {
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
	}

	public String issue(UserAccount user) {
		ECKey key = keys.active();
		Instant now = clock.instant();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(properties.issuer())
			.subject(user.id().value())
			.claim("roles", List.copyOf(user.roles()))
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(properties.accessTokenTtl())))
			.build();
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
			.type(JOSEObjectType.JWT)
			.build();
		SignedJWT jwt = new SignedJWT(header, claims);
		try {
			jwt.sign(new ECDSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign an access token with key " + key.getKeyID(), ex);
		}
		return jwt.serialize();
	}

	public long lifetimeSeconds() {
		return properties.accessTokenTtl().toSeconds();
	}
}
