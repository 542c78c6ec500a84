package com.vurksha.user.token;

/**
 * A fresh access token and the refresh token that replaces it when it expires.
 *
 * @param expiresIn seconds until the access token expires
 */
public record TokenPair(String accessToken, String refreshToken, long expiresIn) {
}
