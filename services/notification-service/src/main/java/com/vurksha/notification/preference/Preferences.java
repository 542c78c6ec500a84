package com.vurksha.notification.preference;

import jakarta.validation.constraints.NotNull;

/**
 * A user's channel choices; the in-app inbox is always on, so it has no switch.
 */
public record Preferences(@NotNull Boolean push, @NotNull Boolean sms, @NotNull Boolean email) {

	public static Preferences allOn() {
		return new Preferences(true, true, true);
	}
}
