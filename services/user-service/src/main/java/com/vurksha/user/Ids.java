package com.vurksha.user;

import java.security.SecureRandom;

/** Opaque identifiers: a short type prefix and 20 random base-32 characters (100 bits). */
public final class Ids {

	private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	public static String next(String prefix) {
		char[] id = new char[20];
		for (int i = 0; i < id.length; i++) {
			id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return prefix + "_" + new String(id);
	}
}
