package com.vurksha.user.account;

import java.time.Instant;

/**
 * Published as {@code user.user.profile-updated} (version 1) whenever a profile's name, email or language changes,
 * so that services addressing the user (notifications) greet them by name in their language without calling back.
 * {@code preferredLanguage} is written as its code, {@code en} or {@code hi}. {@code updatedAt} (added to version 1,
 * consumers ignore what they do not know) is when the profile was changed, so that a consumer can drop an update
 * that reaches it after a newer one.
 */
public record ProfileUpdated(String userId, String phone, String name, String email, Language preferredLanguage,
		Instant updatedAt) {

	public static final String TYPE = "user.user.profile-updated";

	public static final int VERSION = 1;

	static ProfileUpdated of(UserAccount user) {
		return new ProfileUpdated(user.id().value(), user.phone(), user.name(), user.email(),
				user.preferredLanguage(), user.updatedAt());
	}
}
