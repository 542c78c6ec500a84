package com.vurksha.notification.recipient;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventFields;
import tools.jackson.databind.JsonNode;

/** Keeps the recipients read model from the user service's registration and profile events. */
@Component
public class UserEvents {

	public static final String REGISTERED = "user.user.registered";

	public static final String PROFILE_UPDATED = "user.user.profile-updated";

	private final Recipients recipients;

	UserEvents(Recipients recipients) {
		this.recipients = recipients;
	}

	/** Applies the event when it is a user event; answers whether it was one. */
	public boolean apply(EventEnvelope event) {
		JsonNode payload = event.payload();
		String userId = text(payload, "userId");
		if (userId == null) {
			return REGISTERED.equals(event.type()) || PROFILE_UPDATED.equals(event.type());
		}
		switch (event.type()) {
			case REGISTERED -> recipients.registered(userId, text(payload, "phone"));
			case PROFILE_UPDATED -> recipients.profileUpdated(new Recipient(userId, text(payload, "phone"),
					text(payload, "name"), text(payload, "email"), Language.of(text(payload, "preferredLanguage"))),
					instant(payload, "updatedAt"));
			default -> {
				return false;
			}
		}
		return true;
	}

	/** The time in the field, or null when it is missing or not an ISO-8601 instant. */
	private static Instant instant(JsonNode payload, String field) {
		return EventFields.instant(payload, field).orElse(null);
	}

	private static String text(JsonNode payload, String field) {
		return EventFields.text(payload, field).map(String::trim).orElse(null);
	}
}
