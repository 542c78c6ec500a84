package com.vurksha.platform.request;

import java.security.SecureRandom;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/** Access to the current request's id, which lives in the logging context for the duration of the request. */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	public static final String MDC_KEY = "requestId";

	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

	private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private RequestIds() {
	}

	/** The id of the request being handled on this thread, or {@code null} outside a request. */
	public static String current() {
		return MDC.get(MDC_KEY);
	}

	/** A caller's id is kept only when it is short and made of safe characters, so it cannot forge log lines. */
	public static boolean isAcceptable(String candidate) {
		return candidate != null && ACCEPTABLE.matcher(candidate).matches();
	}

	/**
	 * A fresh id of 20 random letters and digits. One draw of random bytes per id: each draw from the system's
	 * generator is a read under a lock, and ids are made on every request.
	 */
	public static String generate() {
		byte[] random = new byte[20];
		RANDOM.nextBytes(random);
		char[] id = new char[random.length];
		for (int i = 0; i < id.length; i++) {
			// 256 is not a multiple of 36, so the first few letters come up slightly more often; an id needs no more.
			id[i] = ALPHABET[(random[i] & 0xff) % ALPHABET.length];
		}
		return "req_" + new String(id);
	}
}
