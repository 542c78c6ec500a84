package com.vurksha.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

/**
 * Supplies {@link CurrentUser} controller parameters. On a user's request it is the signed-in user of the token. On a
 * service's call (an internal endpoint, authorised by the service token) it is the customer on whose behalf the
 * service calls, read from the customer's own access token in {@value ServiceIdentity#CUSTOMER_TOKEN_HEADER}: that
 * token is verified like any other (signature, issuer, lifetime) but only says who the customer is; it authorises
 * nothing.
 */
public class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

	private final JwtDecoder customerTokens;

	public CurrentUserArgumentResolver(JwtDecoder customerTokens) {
		this.customerTokens = customerTokens;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CurrentUser.class.equals(parameter.getParameterType());
	}

	@Override
	public CurrentUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (InternalScopes.isService(authentication)) {
			HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
			return customer((servletRequest != null) ? servletRequest.getHeader(ServiceIdentity.CUSTOMER_TOKEN_HEADER)
					: null);
		}
		return from(authentication);
	}

	/** The user behind an authentication, refusing with 401 when there is none (a public path, say). */
	static CurrentUser from(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			throw new ApiException(CommonErrorCode.UNAUTHORIZED, "Sign in to do this");
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			Role.fromAuthority(authority.getAuthority()).ifPresent(roles::add);
		}
		return new CurrentUser(authentication.getName(), roles);
	}

	/** The customer a service calls for, from their verified token; a missing, invalid or service token is 401. */
	CurrentUser customer(String token) {
		if (token == null || token.isBlank()) {
			throw new ApiException(CommonErrorCode.UNAUTHORIZED,
					"This call needs the customer's token in " + ServiceIdentity.CUSTOMER_TOKEN_HEADER);
		}
		Jwt jwt;
		try {
			jwt = customerTokens.decode(token.trim());
		}
		catch (BadJwtException ex) {
			throw new ApiException(CommonErrorCode.UNAUTHORIZED, "The customer's token is invalid or has expired");
		}
		catch (JwtException ex) {
			throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE,
					"The customer's token cannot be checked right now; please retry", ex)
				.withRetryAfter(EnvelopeSecurityHandlers.KEYS_UNAVAILABLE_RETRY_AFTER);
		}
		if (jwt.hasClaim(ServiceIdentity.CLIENT_ID_CLAIM) || jwt.getSubject() == null || jwt.getSubject().isBlank()) {
			throw new ApiException(CommonErrorCode.UNAUTHORIZED, "The customer's token is not a user's token");
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		List<String> claimed = jwt.getClaimAsStringList("roles");
		if (claimed != null) {
			claimed.forEach(role -> Role.fromAuthority(Role.AUTHORITY_PREFIX + role).ifPresent(roles::add));
		}
		return new CurrentUser(jwt.getSubject(), roles);
	}
}
