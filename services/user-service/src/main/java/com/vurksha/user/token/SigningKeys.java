package com.vurksha.user.token;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * The service's signing keys: the active one signs new tokens, and every configured one is published so that
 * tokens signed before a rotation stay verifiable until they expire.
 */
public final class SigningKeys {

	private final List<ECKey> keys;

	private final ECKey active;

	SigningKeys(List<ECKey> keys, String activeKid) {
		if (keys.isEmpty()) {
			throw new IllegalStateException("No signing key: configure vurksha.auth.keys");
		}
		this.keys = List.copyOf(keys);
		String kid = (activeKid == null || activeKid.isBlank()) ? onlyKid(keys) : activeKid;
		this.active = keys.stream()
			.filter(key -> kid.equals(key.getKeyID()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("vurksha.auth.active-kid " + kid + " is not among the keys"));
	}

	static SigningKeys from(AuthProperties properties) {
		List<ECKey> keys = new ArrayList<>();
		for (AuthProperties.Key key : properties.keys()) {
			keys.add(parse(key));
		}
		if (keys.isEmpty() && properties.generatedKeyFile() != null) {
			keys.add(LocalSigningKey.loadOrCreate(properties.generatedKeyFile()));
		}
		return new SigningKeys(keys, properties.activeKid());
	}

	public ECKey active() {
		return active;
	}

	/** The public halves of all keys, as served at {@code /.well-known/jwks.json}. */
	public JWKSet publicKeys() {
		return new JWKSet(keys.stream().map(key -> (JWK) key.toPublicJWK()).toList());
	}

	private static ECKey parse(AuthProperties.Key key) {
		ECKey parsed;
		try {
			if (key.jwk() != null && !key.jwk().isBlank()) {
				parsed = ECKey.parse(key.jwk());
			}
			else if (key.pem() != null && !key.pem().isBlank()) {
				parsed = PemKeys.parse(key.pem());
			}
			else {
				throw new IllegalStateException("Signing key " + key.kid() + " has neither jwk nor pem");
			}
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Signing key " + key.kid() + " is not a valid EC JWK", ex);
		}
		if (!Curve.P_256.equals(parsed.getCurve()) || !parsed.isPrivate()) {
			throw new IllegalStateException("Signing key " + key.kid() + " must be a private EC P-256 key");
		}
		return new ECKey.Builder(parsed).keyID(key.kid()).build();
	}

	private static String onlyKid(List<ECKey> keys) {
		if (keys.size() != 1) {
			throw new IllegalStateException("Several signing keys: set vurksha.auth.active-kid");
		}
		return keys.get(0).getKeyID();
	}
}
