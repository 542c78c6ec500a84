package com.vurksha.gateway.security;

import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Turns the roles the user service writes into the token ({@code ["CUSTOMER"]}) into Spring Security roles. */
final class RoleClaims implements Converter<Jwt, Collection<GrantedAuthority>> {

	private final String claim;

	RoleClaims(String claim) {
		this.claim = claim;
	}

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		List<String> roles = jwt.getClaimAsStringList(claim);
		if (roles == null) {
			return List.of();
		}
		return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
	}
}
