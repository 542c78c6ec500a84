package com.vurksha.platform.security;

import java.util.Set;

/**
 * The signed-in caller. Declare it as a controller method parameter to receive the caller of the current request;
 * the request is refused with 401 before the method runs if nobody is signed in.
 *
 * @param id the user id, the token's {@code sub}
 * @param roles the caller's roles from the token's {@code roles} claim
 */
public record CurrentUser(String id, Set<Role> roles) {

	public CurrentUser {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("a signed-in user has an id");
		}
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean isAdmin() {
		return hasRole(Role.ADMIN);
	}
}
