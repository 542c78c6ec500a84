package com.vurksha.platform.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

/** Supplies {@link CurrentUser} controller parameters from the authenticated token of the request. */
public class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CurrentUser.class.equals(parameter.getParameterType());
	}

	@Override
	public CurrentUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		return from(SecurityContextHolder.getContext().getAuthentication());
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
}
