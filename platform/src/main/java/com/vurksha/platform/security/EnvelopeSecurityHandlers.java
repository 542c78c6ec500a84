package com.vurksha.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.ErrorResponses;

/** Answers missing, invalid and insufficient credentials with the error envelope rather than an empty 401/403. */
final class EnvelopeSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		boolean tokenPresented = exception instanceof InvalidBearerTokenException;
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				tokenPresented ? "Bearer error=\"invalid_token\"" : "Bearer");
		ErrorResponses.write(response, CommonErrorCode.UNAUTHORIZED,
				tokenPresented ? "The access token is invalid or has expired" : "Sign in to do this", null);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception) {
		ErrorResponses.write(response, CommonErrorCode.FORBIDDEN, "You are not allowed to do this", null);
	}
}
