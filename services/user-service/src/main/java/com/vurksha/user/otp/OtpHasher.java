package com.vurksha.user.otp;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of one-time codes. A plain hash of a six-digit code is reversed by trying all million codes, so the
 * hash is an HMAC under a server secret that never reaches the database; the challenge id is mixed in so equal
 * codes never hash alike.
 */
public final class OtpHasher {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	public OtpHasher(String secret) {
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	public String hash(String challengeId, String code) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			byte[] digest = mac.doFinal((challengeId + ":" + code).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is unavailable", ex);
		}
	}

	/** Compares in constant time so response timing reveals nothing about the stored hash. */
	public boolean matches(String challengeId, String code, String storedHash) {
		return MessageDigest.isEqual(hash(challengeId, code).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}
}
