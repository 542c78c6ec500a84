package com.vurksha.platform.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.ErrorResponses;

/**
 * Answers missing, invalid and insufficient credentials with the error envelope rather than an empty 401/403.
 * A token that could not be checked at all (the keys could not be fetched) is our failure, not the caller's:
 * it is answered 503 with {@code Retry-After}, so the app retries instead of signing the user out.
 */
final class EnvelopeSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler,
		AuthenticationFailureHandler {

	static final Duration KEYS_UNAVAILABLE_RETRY_AFTER = Duration.ofSeconds(2);

	private static final Logger log = LoggerFactory.getLogger(EnvelopeSecurityHandlers.class);

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		if (exception instanceof AuthenticationServiceException) {
			log.warn("Could not verify an access token: {}", exception.getMessage());
			ErrorResponses.write(response, CommonErrorCode.SERVICE_UNAVAILABLE,
					"Sign-in cannot be checked right now; please retry", KEYS_UNAVAILABLE_RETRY_AFTER);
			return;
		}
		boolean tokenPresented = exception instanceof InvalidBearerTokenException;
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				tokenPresented ? "Bearer error=\"invalid_token\"" : "Bearer");
		ErrorResponses.write(response, CommonErrorCode.UNAUTHORIZED,
				tokenPresented ? "The access token is invalid or has expired" : "Sign in to do this", null);
	}

	/** The bearer-token filter's failures, which Spring would otherwise rethrow as a 500 when they are ours. */
	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		commence(request, response, exception);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception) {
		ErrorResponses.write(response, CommonErrorCode.FORBIDDEN, "You are not allowed to do this", null);
	}
}
