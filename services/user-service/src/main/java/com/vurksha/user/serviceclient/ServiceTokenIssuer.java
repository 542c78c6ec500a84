package com.vurksha.user.serviceclient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.security.ServiceIdentity;
import com.vurksha.user.UserErrorCode;
import com.vurksha.user.token.AuthProperties;
import com.vurksha.user.token.SigningKeys;

/**
 * Issues service tokens (OAuth2 client-credentials grant): the client proves itself with one of its secrets and gets
 * an ES256 token signed with the active key of the JWKS, for one audience, with the scopes granted to it there.
 */
@Component
@EnableConfigurationProperties(ServiceClientProperties.class)
public class ServiceTokenIssuer {

	private final ServiceClientProperties clients;

	private final SigningKeys keys;

	private final AuthProperties auth;

	private final Clock clock;

	ServiceTokenIssuer(ServiceClientProperties clients, SigningKeys keys, AuthProperties auth, Clock clock) {
		this.clients = clients;
		this.keys = keys;
		this.auth = auth;
		this.clock = clock;
	}

	/** A token for {@code clientId} to call {@code audience}, with the requested scopes or, when none, all granted. */
	public IssuedToken issue(String clientId, String secret, String audience, Set<String> requestedScopes) {
		ServiceClientProperties.Client client = authenticate(clientId, secret);
		List<String> granted = (audience == null) ? null : client.grants().get(audience);
		if (granted == null || granted.isEmpty()) {
			throw new ApiException(UserErrorCode.INVALID_SCOPE,
					clientId + " may not call " + ((audience == null || audience.isBlank()) ? "an unnamed audience"
							: audience) + "; name an audience it was granted");
		}
		Set<String> scopes = requestedScopes.isEmpty() ? new LinkedHashSet<>(granted) : requestedScopes;
		for (String scope : scopes) {
			if (!granted.contains(scope)) {
				throw new ApiException(UserErrorCode.INVALID_SCOPE, clientId + " was not granted " + scope + " on "
						+ audience);
			}
		}
		String scope = String.join(" ", scopes);
		return new IssuedToken(sign(clientId, audience, scope), clients.tokenTtl().toSeconds(), scope);
	}

	private ServiceClientProperties.Client authenticate(String clientId, String secret) {
		ServiceClientProperties.Client client = (clientId == null) ? null : clients.clients().get(clientId);
		boolean matches = false;
		if (client != null && secret != null) {
			for (String candidate : client.secrets()) {
				// every configured secret is compared, in constant time, so timing tells nothing about which matched
				matches |= !candidate.isBlank() && sameSecret(candidate.trim(), secret);
			}
		}
		if (!matches) {
			throw new ApiException(UserErrorCode.INVALID_CLIENT, "Unknown client or wrong secret");
		}
		return client;
	}

	private static boolean sameSecret(String expected, String given) {
		return MessageDigest.isEqual(sha256(expected), sha256(given));
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private String sign(String clientId, String audience, String scope) {
		ECKey key = keys.active();
		Instant now = clock.instant();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(auth.issuer())
			.subject(clientId)
			.claim(ServiceIdentity.CLIENT_ID_CLAIM, clientId)
			.audience(audience)
			.claim(ServiceIdentity.SCOPE_CLAIM, scope)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(clients.tokenTtl())))
			.build();
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
			.type(JOSEObjectType.JWT)
			.build();
		SignedJWT jwt = new SignedJWT(header, claims);
		try {
			jwt.sign(new ECDSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a service token with key " + key.getKeyID(), ex);
		}
		return jwt.serialize();
	}

	/** A signed service token, its lifetime in seconds and its scopes, space-separated. */
	public record IssuedToken(String accessToken, long expiresIn, String scope) {
	}
}
