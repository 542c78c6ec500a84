package com.vurksha.user.token;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token settings.
 *
 * @param issuer the {@code iss} of every access token
 * @param accessTokenTtl lifetime of an access token
 * @param refreshTokenTtl lifetime of a refresh token; each use replaces it with a fresh one
 * @param keys signing keys; all are published in the JWKS so tokens signed by a retiring key stay valid
 * @param activeKid the key that signs new tokens; defaults to the only key when there is one
 * @param generatedKeyFile where a development key is kept when no key is configured; set only by the local profile
 */
@Validated
@ConfigurationProperties("vurksha.auth")
public record AuthProperties(@DefaultValue("vurksha-user-service") String issuer,
		@DefaultValue("15m") Duration accessTokenTtl, @DefaultValue("30d") Duration refreshTokenTtl,
		@DefaultValue List<@Valid Key> keys, String activeKid, Path generatedKeyFile) {

	/**
	 * One EC P-256 signing key, given either as a private JWK (JSON) or as PEM holding a PKCS#8 private key and its
	 * X.509 public key.
	 */
	public record Key(@NotBlank String kid, String jwk, String pem) {
	}
}
