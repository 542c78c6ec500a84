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
import com.vurksha.platform.security.ServiceIdentity;

/**
 * Carries the caller's context downstream: the request id, so one id follows a request through every service, and
 * who calls:
 * <ul>
 * <li>a client of another service's internal endpoints (it has an audience) sends this service's own service token
 * as {@code Authorization}, and the customer's token, when there is a customer behind the call, only as context in
 * {@code X-Customer-Token};</li>
 * <li>a client configured to forward it sends the caller's {@code Authorization} to another service's public API,
 * so that service checks the same user's rights.</li>
 * </ul>
 * A third party must never receive our users' tokens, so forwarding is off unless asked for.
 */
final class CallerContextInterceptor implements ClientHttpRequestInterceptor {

	private static final String BEARER = "Bearer ";

	private final boolean forwardAuthorization;

	private final String audience;

	private final ServiceTokens tokens;

	CallerContextInterceptor(boolean forwardAuthorization, String audience, ServiceTokens tokens) {
		if (audience != null && tokens == null) {
			throw new IllegalStateException("A client of the internal endpoints of " + audience
					+ " needs service tokens: configure vurksha.service-identity");
		}
		this.forwardAuthorization = forwardAuthorization;
		this.audience = audience;
		this.tokens = tokens;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		HttpHeaders headers = request.getHeaders();
		if (!headers.containsHeader(RequestIds.HEADER)) {
			String requestId = RequestIds.current();
			headers.set(RequestIds.HEADER, (requestId != null) ? requestId : RequestIds.generate());
		}
		if (audience != null) {
			String customer = incomingAuthorization();
			if (customer != null && customer.regionMatches(true, 0, BEARER, 0, BEARER.length())
					&& !headers.containsHeader(ServiceIdentity.CUSTOMER_TOKEN_HEADER)) {
				headers.set(ServiceIdentity.CUSTOMER_TOKEN_HEADER, customer.substring(BEARER.length()).trim());
			}
			headers.setBearerAuth(tokens.tokenFor(audience));
		}
		else if (forwardAuthorization && !headers.containsHeader(HttpHeaders.AUTHORIZATION)) {
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
