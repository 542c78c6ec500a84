package com.vurksha.delivery.fulfilment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The doorstep code, derived rather than stored: HMAC-SHA256 of {@code deliveryId:generation} under the service's
 * key, truncated to decimal digits as HOTP does. Nothing in the database or a cache reveals it, and raising the
 * generation (a reattempt, an operator's reset) replaces it.
 */
@Component
public class DeliveryOtp {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	private final int length;

	private final int modulus;

	DeliveryOtp(OtpProperties properties) {
		this.key = new SecretKeySpec(properties.key().getBytes(StandardCharsets.UTF_8), ALGORITHM);
		this.length = properties.length();
		this.modulus = (int) Math.pow(10, length);
	}

	/** The code the customer is shown for this delivery's current generation. */
	public String of(Delivery delivery) {
		return code(delivery.id(), delivery.otpGeneration());
	}

	String code(String deliveryId, int generation) {
		byte[] digest = mac().doFinal((deliveryId + ":" + generation).getBytes(StandardCharsets.UTF_8));
		int offset = digest[digest.length - 1] & 0x0f;
		int binary = ((digest[offset] & 0x7f) << 24) | ((digest[offset + 1] & 0xff) << 16)
				| ((digest[offset + 2] & 0xff) << 8) | (digest[offset + 3] & 0xff);
		return String.format("%0" + length + "d", binary % modulus);
	}

	/** Compares in constant time, so response timing tells nothing about how many digits were right. */
	boolean matches(Delivery delivery, String candidate) {
		byte[] expected = of(delivery).getBytes(StandardCharsets.UTF_8);
		byte[] given = (candidate != null) ? candidate.strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
		return MessageDigest.isEqual(expected, given);
	}

	private Mac mac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}
}
