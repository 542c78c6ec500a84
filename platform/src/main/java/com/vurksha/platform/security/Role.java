package com.vurksha.platform.security;

import java.util.Locale;
import java.util.Optional;

/** The roles an access token's {@code roles} claim may carry; each becomes the authority {@code ROLE_<name>}. */
public enum Role {

	CUSTOMER, RIDER, ADMIN;

	static final String AUTHORITY_PREFIX = "ROLE_";

	public String authority() {
		return AUTHORITY_PREFIX + name();
	}

	/** The role behind an authority such as {@code ROLE_ADMIN}, if it is one of ours. */
	static Optional<Role> fromAuthority(String authority) {
		if (authority == null || !authority.startsWith(AUTHORITY_PREFIX)) {
			return Optional.empty();
		}
		String name = authority.substring(AUTHORITY_PREFIX.length()).toUpperCase(Locale.ROOT);
		for (Role role : values()) {
			if (role.name().equals(name)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}
}
