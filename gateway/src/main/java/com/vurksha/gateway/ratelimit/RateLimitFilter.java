package com.vurksha.gateway.ratelimit;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vurksha.gateway.client.ClientAddresses;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.ErrorResponses;

/**
 * Applies the request budget after the access token is checked: a signed-in caller spends from their own bucket
 * wherever they connect from, anyone else from the bucket of their address. Probes and metrics are not limited,
 * so a busy client can never make the gateway look unhealthy.
 */
class RateLimitFilter extends OncePerRequestFilter {

	static final String REMAINING_HEADER = "X-RateLimit-Remaining";

	private final RateLimiter limiter;

	private final RateLimitProperties properties;

	private final ClientAddresses clientAddresses;

	RateLimitFilter(RateLimiter limiter, RateLimitProperties properties, ClientAddresses clientAddresses) {
		this.limiter = limiter;
		this.properties = properties;
		this.clientAddresses = clientAddresses;
	}

	/**
	 * The health probes (public {@code /livez} and {@code /readyz}, and the actuator's) are never limited, nor are
	 * pictures under {@code /cdn/}: one page of product tiles loads dozens of them, and deployed they are fetched by
	 * the CDN from a handful of addresses; they are immutable and bounded by their own admission group instead. The
	 * operator console's scripts and styles ({@code /admin/static/}, {@code /admin/webjars/}) are not limited either:
	 * every page loads them, and operators at one packing table share one address; its pages and sign-in are.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/actuator/") || "/livez".equals(path) || "/readyz".equals(path)
				|| path.startsWith("/cdn/") || path.startsWith("/admin/static/") || path.startsWith("/admin/webjars/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Decision decision = (authentication instanceof JwtAuthenticationToken token)
				? limiter.take("user:" + token.getName(), properties.user())
				: limiter.take("ip:" + clientAddresses.clientAddress(request), properties.anonymous());
		response.setHeader(REMAINING_HEADER, String.valueOf(decision.remaining()));
		if (!decision.allowed()) {
			ErrorResponses.write(response, CommonErrorCode.RATE_LIMITED,
					"Too many requests; please slow down and retry later", decision.retryAfter());
			return;
		}
		chain.doFilter(request, response);
	}
}
