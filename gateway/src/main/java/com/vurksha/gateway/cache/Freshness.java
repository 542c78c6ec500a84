package com.vurksha.gateway.cache;

import java.time.Duration;
import java.util.Locale;

/**
 * How long a shared cache may keep an answer, read from the service's {@code Cache-Control} (RFC 9111): nothing
 * for {@code no-store}, {@code no-cache} or {@code private}, else {@code s-maxage} or {@code max-age}. An answer to
 * a request that carried credentials is kept only when the service marked it {@code public} or gave
 * {@code s-maxage}.
 */
final class Freshness {

	private Freshness() {
	}

	static Duration of(String cacheControl, boolean requestHadCredentials) {
		if (cacheControl == null) {
			return Duration.ZERO;
		}
		long maxAge = -1;
		long sharedMaxAge = -1;
		boolean isPublic = false;
		for (String directive : cacheControl.toLowerCase(Locale.ROOT).split(",")) {
			String name = directive.trim();
			if (name.equals("no-store") || name.equals("no-cache") || name.startsWith("private")) {
				return Duration.ZERO;
			}
			isPublic |= name.equals("public");
			maxAge = (name.startsWith("max-age=")) ? seconds(name) : maxAge;
			sharedMaxAge = (name.startsWith("s-maxage=")) ? seconds(name) : sharedMaxAge;
		}
		if (requestHadCredentials && !isPublic && sharedMaxAge < 0) {
			return Duration.ZERO;
		}
		long fresh = (sharedMaxAge >= 0) ? sharedMaxAge : maxAge;
		return (fresh > 0) ? Duration.ofSeconds(fresh) : Duration.ZERO;
	}

	private static long seconds(String directive) {
		try {
			return Long.parseLong(directive.substring(directive.indexOf('=') + 1).replace("\"", "").trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}
}
