package com.vurksha.admin.console;

import java.io.Serializable;
import java.time.Instant;

/**
 * The signed-in operator's tokens, kept in the server-side session only: the browser holds nothing but the session
 * cookie.
 *
 * @param operatorId the operator's user id
 * @param name what to call the operator on the pages
 * @param accessToken sent to the owning services
 * @param refreshToken exchanged for a new pair when the access token is about to expire
 * @param expiresAt when the access token expires
 */
record OperatorTokens(String operatorId, String name, String accessToken, String refreshToken, Instant expiresAt)
		implements Serializable {

	static final String SESSION_ATTRIBUTE = OperatorTokens.class.getName();
}
