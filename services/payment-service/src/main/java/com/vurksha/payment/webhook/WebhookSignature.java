package com.vurksha.payment.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Razorpay's webhook signature: lower-case hex of HMAC-SHA256 over the raw body bytes, keyed with the webhook secret. */
public final class WebhookSignature {

	private WebhookSignature() {
	}

	public static String sign(byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is unavailable", ex);
		}
	}

	/** Compares in constant time, so the time taken does not tell an attacker how much of a guess was right. */
	public static boolean matches(byte[] body, String signature, String secret) {
		if (signature == null || secret == null || secret.isEmpty()) {
			return false;
		}
		byte[] expected = sign(body, secret).getBytes(StandardCharsets.US_ASCII);
		byte[] given = signature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}
}
