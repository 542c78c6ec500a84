package com.vurksha.user.signin;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller's address for per-address limits. Behind the gateway the first hop of {@code X-Forwarded-For} is
 * the client (the gateway sets it); without the header the connection's remote address is the client.
 */
final class ClientAddresses {

	private static final int MAX_LENGTH = 64;

	private ClientAddresses() {
	}

	static String of(HttpServletRequest request) {
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded != null) {
			String first = forwarded.split(",", 2)[0].strip();
			if (!first.isEmpty() && first.length() <= MAX_LENGTH) {
				return first;
			}
		}
		return request.getRemoteAddr();
	}
}
