package com.vurksha.user.account;

import java.time.Instant;
import java.util.List;

/** A user as stored: the phone they sign in with, their profile and their roles. */
public record UserAccount(UserId id, String phone, String name, String email, Language preferredLanguage,
		List<String> roles, Instant createdAt, Instant updatedAt) {

	public UserAccount {
		roles = List.copyOf(roles);
	}
}
