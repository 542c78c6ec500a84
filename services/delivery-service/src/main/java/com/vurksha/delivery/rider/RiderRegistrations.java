package com.vurksha.delivery.rider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventFields;
import com.vurksha.platform.events.EventHandler;
import tools.jackson.databind.JsonNode;

/**
 * Remembers every user registered with the RIDER role and binds the rider with that phone, if an operator already
 * created one. Other registrations (customers) are none of the delivery service's business.
 */
@Component
class RiderRegistrations implements EventHandler {

	static final String REGISTERED = "user.user.registered";

	private static final Logger log = LoggerFactory.getLogger(RiderRegistrations.class);

	private final RiderAccounts accounts;

	RiderRegistrations(RiderAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void handle(EventEnvelope event) {
		JsonNode payload = event.payload();
		if (!REGISTERED.equals(event.type()) || payload == null || !isRider(payload.get("roles"))) {
			return;
		}
		String phone = text(payload, "phone");
		String userId = text(payload, "userId");
		if (phone == null || userId == null) {
			log.warn("{} {} names no phone or user id", event.type(), event.id());
			return;
		}
		accounts.remember(phone, userId);
		if (accounts.bind(phone, userId)) {
			log.info("Rider with phone ending {} bound to user {}", phone.substring(phone.length() - 4), userId);
		}
	}

	private static boolean isRider(JsonNode roles) {
		if (roles == null || !roles.isArray()) {
			return false;
		}
		for (JsonNode role : roles) {
			if ("RIDER".equals(role.asString())) {
				return true;
			}
		}
		return false;
	}

	private static String text(JsonNode payload, String field) {
		return EventFields.text(payload, field).orElse(null);
	}
}
