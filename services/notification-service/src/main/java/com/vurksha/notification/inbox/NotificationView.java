package com.vurksha.notification.inbox;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One in-app notification as the app shows it.
 *
 * @param type the event type it tells of, e.g. {@code delivery.delivery.arriving-soon}, for the app to pick an icon
 * @param readAt null while unread
 */
public record NotificationView(String id, String type, String orderId, String title, String body, Instant createdAt,
		Instant readAt) {

	@JsonProperty("read")
	public boolean read() {
		return readAt != null;
	}
}
