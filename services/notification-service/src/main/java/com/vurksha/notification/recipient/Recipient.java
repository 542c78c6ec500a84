package com.vurksha.notification.recipient;

import java.util.Optional;

/**
 * What we know of a user to reach them outside the app; a user we never heard of is reached in English, in the app
 * and on their devices only.
 */
public record Recipient(String userId, String phone, String name, String email, Language language) {

	public static Recipient unknown(String userId) {
		return new Recipient(userId, null, null, null, Language.EN);
	}

	public Optional<String> phoneNumber() {
		return present(phone);
	}

	public Optional<String> emailAddress() {
		return present(email);
	}

	/** The name to greet with, or the language's word for a customer. */
	public String greetingName() {
		return present(name).orElse(language.unnamed());
	}

	private static Optional<String> present(String value) {
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(value);
	}
}
