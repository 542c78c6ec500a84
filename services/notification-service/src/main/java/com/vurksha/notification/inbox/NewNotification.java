package com.vurksha.notification.inbox;

/**
 * An in-app notification about to be written.
 *
 * @param eventId the event it tells of; a user gets one notification per event however often it is delivered
 * @param orderId the order it concerns, for the app to open, when the event names one
 */
public record NewNotification(String userId, String eventId, String eventType, String orderId, String title,
		String body) {
}
