package com.vurksha.gateway.cache;

import java.time.Duration;

/**
 * A service's 200 answer to a catalogue read, kept as the bytes it sent.
 *
 * @param body the body, exactly as the service sent it
 * @param contentType the service's {@code Content-Type}
 * @param etag the service's {@code ETag}, or null
 * @param cacheControl the service's {@code Cache-Control}
 * @param freshFor how long the answer may be served from the cache
 */
record CachedAnswer(byte[] body, String contentType, String etag, String cacheControl, Duration freshFor) {

	/** What an entry costs beside its key and body (headers, the record, the cache's node), for its weight. */
	static final int OVERHEAD_BYTES = 512;

	/** Whether an {@code If-None-Match} header names this answer's tag, compared weakly as RFC 9110 says. */
	boolean matches(String ifNoneMatch) {
		if (etag == null || ifNoneMatch == null) {
			return false;
		}
		String tag = opaque(etag);
		for (String candidate : ifNoneMatch.split(",")) {
			String trimmed = candidate.trim();
			if (trimmed.equals("*") || opaque(trimmed).equals(tag)) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}
}
