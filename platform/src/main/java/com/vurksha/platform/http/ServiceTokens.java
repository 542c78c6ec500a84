package com.vurksha.platform.http;

/**
 * The access tokens this service presents to the internal endpoints of other services: one per audience (the
 * called service's name), obtained from the user service with the OAuth2 client-credentials grant.
 */
@FunctionalInterface
public interface ServiceTokens {

	/**
	 * A currently valid token for calling {@code audience}. Fails with a retryable {@code ApiException}
	 * ({@code SERVICE_UNAVAILABLE}) when there is none and none can be obtained now.
	 */
	String tokenFor(String audience);
}
