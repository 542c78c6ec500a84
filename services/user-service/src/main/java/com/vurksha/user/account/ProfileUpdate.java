package com.vurksha.user.account;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partial profile change: fields left out (or null) stay as they are.
 *
 * @param name 1 to 80 characters, not only spaces
 * @param email a valid address of at most 254 characters
 */
public record ProfileUpdate(
		@Size(max = 80, message = "must be at most 80 characters")
		@Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String name,
		@Size(max = 254, message = "must be at most 254 characters")
		@Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a valid email address") String email,
		Language preferredLanguage) {
}
