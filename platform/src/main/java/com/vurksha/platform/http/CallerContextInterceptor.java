package com.vurksha.platform.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vurksha.platform.request.RequestIds;

/**
 * Carries the caller's context downstream: the request id, so one id follows a request through every service,
 * and, for clients configured to forward it, the caller's {@code Authorization}, so the next service checks the
 * same user's rights. A third party must never receive our users' tokens, so forwarding is off unless asked for.
 */
final class CallerContextInterceptor implements ClientHttpRequestInterceptor {

	private final boolean forwardAuthorization;

	CallerContextInterceptor(boolean forwardAuthorization) {
		this.forwardAuthorization = forwardAuthorization;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		HttpHeaders headers = request.getHeaders();
		if (!headers.containsHeader(RequestIds.HEADER)) {
			String requestId = RequestIds.current();
			headers.set(RequestIds.HEADER, (requestId != null) ? requestId : RequestIds.generate());
		}
		if (forwardAuthorization && !headers.containsHeader(HttpHeaders.AUTHORIZATION)) {
			String authorization = incomingAuthorization();
			if (authorization != null) {
				headers.set(HttpHeaders.AUTHORIZATION, authorization);
			}
		}
		return execution.execute(request, body);
	}

	private static String incomingAuthorization() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest incoming = attributes.getRequest();
			return incoming.getHeader(HttpHeaders.AUTHORIZATION);
		}
		return null;
	}
}
