package com.vurksha.notification.events;

import org.springframework.stereotype.Component;

import com.vurksha.notification.recipient.UserEvents;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventHandler;

/** Runs once per event (the platform inbox skips repeats): user events feed the recipients, the rest notify. */
@Component
class NotificationEventHandler implements EventHandler {

	private final UserEvents users;

	private final EventNotifications notifications;

	NotificationEventHandler(UserEvents users, EventNotifications notifications) {
		this.users = users;
		this.notifications = notifications;
	}

	@Override
	public void handle(EventEnvelope event) {
		if (!users.apply(event)) {
			notifications.notify(event);
		}
	}
}
