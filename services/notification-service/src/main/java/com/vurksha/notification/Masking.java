package com.vurksha.notification;

/**
 * Shortens phone numbers, e-mail addresses and device tokens for logs and operator views, which travel further than
 * the messages themselves.
 */
public final class Masking {

	private Masking() {
	}

	/** Keeps the last four characters (the local part's first letter and the domain of an address). */
	public static String mask(String destination) {
		if (destination == null || destination.isEmpty()) {
			return "";
		}
		int at = destination.indexOf('@');
		if (at > 0) {
			return destination.charAt(0) + "***" + destination.substring(at);
		}
		if (destination.length() <= 4) {
			return "*".repeat(destination.length());
		}
		return "***" + destination.substring(destination.length() - 4);
	}
}
