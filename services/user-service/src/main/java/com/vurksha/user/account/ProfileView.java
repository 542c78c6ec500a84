package com.vurksha.user.account;

import java.time.Instant;
import java.util.List;

/** The profile as the app shows it. */
public record ProfileView(String id, String phone, String name, String email, Language preferredLanguage,
		List<String> roles, Instant createdAt, Instant updatedAt) {

	static ProfileView of(UserAccount user) {
		return new ProfileView(user.id().value(), user.phone(), user.name(), user.email(), user.preferredLanguage(),
				user.roles(), user.createdAt(), user.updatedAt());
	}
}
