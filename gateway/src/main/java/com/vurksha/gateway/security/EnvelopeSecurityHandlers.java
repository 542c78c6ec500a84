package com.vurksha.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.ErrorResponses;

/** Answers refused requests with the error envelope, so the app handles 401 and 403 like any other error. */
final class EnvelopeSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) {
		response.setHeader("WWW-Authenticate", "Bearer");
		ErrorResponses.write(response, CommonErrorCode.UNAUTHORIZED,
				"A valid access token is required: refresh it or sign in again", null);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) {
		ErrorResponses.write(response, CommonErrorCode.FORBIDDEN, "Your account is not allowed to do this", null);
	}
}
