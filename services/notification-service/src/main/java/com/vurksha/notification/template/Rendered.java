package com.vurksha.notification.template;

import java.util.Optional;

/**
 * One event's message for one recipient, per channel; a channel the template has no words for is empty and is not
 * used for this event.
 *
 * @param title and {@code body}: the in-app notification and the push
 */
public record Rendered(String title, String body, Optional<String> sms, Optional<String> emailSubject,
		Optional<String> emailBody) {

	public boolean hasEmail() {
		return emailSubject.isPresent() && emailBody.isPresent();
	}
}
