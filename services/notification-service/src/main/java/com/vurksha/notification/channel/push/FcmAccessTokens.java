package com.vurksha.notification.channel.push;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * OAuth2 access tokens for FCM through the JWT-bearer grant: a JWT signed with the service account's key is
 * exchanged at its {@code token_uri}. A token lives an hour; it is kept and reused until shortly before it expires,
 * so a busy dispatcher costs one exchange an hour, not one per push.
 */
class FcmAccessTokens {

	static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

	static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

	private static final Duration ASSERTION_LIFETIME = Duration.ofHours(1);

	private final ServiceAccount account;

	private final RestClient client;

	private final Clock clock;

	private final Duration refreshMargin;

	private String token;

	private Instant expiresAt = Instant.MIN;

	FcmAccessTokens(ServiceAccount account, RestClient client, Clock clock, Duration refreshMargin) {
		this.account = account;
		this.client = client;
		this.clock = clock;
		this.refreshMargin = refreshMargin;
	}

	synchronized String current() {
		Instant now = clock.instant();
		if (token == null || !now.isBefore(expiresAt.minus(refreshMargin))) {
			TokenAnswer answer = exchange(assertion(now));
			token = answer.accessToken();
			expiresAt = now.plusSeconds(answer.expiresIn());
		}
		return token;
	}

	/** Drops the kept token, e.g. after FCM answered 401, so the next call fetches a fresh one. */
	synchronized void forget() {
		token = null;
	}

	private TokenAnswer exchange(String assertion) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", GRANT);
		form.add("assertion", assertion);
		TokenAnswer answer = client.post()
			.uri(account.tokenUri())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(TokenAnswer.class);
		if (answer == null || answer.accessToken() == null || answer.accessToken().isBlank()) {
			throw new IllegalStateException("The token endpoint answered without an access token");
		}
		return answer;
	}

	private String assertion(Instant now) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(account.clientEmail())
			.subject(account.clientEmail())
			.audience(account.tokenUri())
			.claim("scope", SCOPE)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
			.build();
		JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256);
		if (!account.privateKeyId().isBlank()) {
			header.keyID(account.privateKeyId());
		}
		SignedJWT jwt = new SignedJWT(header.build(), claims);
		try {
			jwt.sign(new RSASSASigner(account.privateKey()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign the FCM token assertion", ex);
		}
		return jwt.serialize();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
	}
}
