package com.vurksha.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Decides who may call a service's internal endpoints: only a service token whose audience is this service and
 * which carries the scope the endpoint's rule asks for. A user's token never passes, nor a service token made for
 * another service; an internal path no rule names is closed to everyone.
 *
 * <p>Rules are {@code "METHOD /pattern scope"}, read from {@code vurksha.security.internal-scopes}; the first rule
 * matching the request decides.
 */
final class InternalScopes implements AuthorizationManager<RequestAuthorizationContext> {

	private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

	private final String audience;

	private final List<Rule> rules;

	private InternalScopes(String audience, List<Rule> rules) {
		this.audience = audience;
		this.rules = List.copyOf(rules);
	}

	/** Reads the rules; a malformed one fails start-up rather than leave a path open or shut by accident. */
	static InternalScopes of(String audience, List<String> entries) {
		List<Rule> rules = new ArrayList<>();
		for (String entry : entries) {
			rules.add(parse(entry));
		}
		return new InternalScopes(audience, rules);
	}

	static Rule parse(String entry) {
		String[] parts = (entry != null) ? entry.trim().split("\\s+") : new String[0];
		if (parts.length != 3 || !METHODS.contains(parts[0].toUpperCase(Locale.ROOT)) || !parts[1].startsWith("/internal/")
				|| parts[2].isBlank()) {
			throw new IllegalArgumentException("vurksha.security.internal-scopes entry '" + entry
					+ "' is not \"METHOD /internal/pattern scope\"");
		}
		HttpMethod method = HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT));
		return new Rule(PathPatternRequestMatcher.pathPattern(method, parts[1]), parts[2]);
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(allows(authentication.get(), context.getRequest()));
	}

	boolean allows(Authentication authentication, HttpServletRequest request) {
		if (audience == null || audience.isBlank()
				|| !(authentication instanceof JwtAuthenticationToken token) || !isService(token)
				|| token.getToken().getAudience() == null || !token.getToken().getAudience().contains(audience)) {
			return false;
		}
		for (Rule rule : rules) {
			if (rule.matcher().matches(request)) {
				return hasAuthority(token, ServiceIdentity.SCOPE_AUTHORITY_PREFIX + rule.scope());
			}
		}
		return false;
	}

	static boolean isService(Authentication authentication) {
		return authentication != null && hasAuthority(authentication, ServiceIdentity.SERVICE_AUTHORITY);
	}

	private static boolean hasAuthority(Authentication authentication, String wanted) {
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (wanted.equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	/** One rule: requests the matcher matches need this scope. */
	record Rule(RequestMatcher matcher, String scope) {
	}
}
