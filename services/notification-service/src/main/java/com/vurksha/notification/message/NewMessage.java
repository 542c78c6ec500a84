package com.vurksha.notification.message;

import com.vurksha.notification.channel.Channel;

/**
 * A message to queue for one destination of one channel.
 *
 * @param title the push title or e-mail subject; null for SMS
 */
public record NewMessage(String eventId, String eventType, String userId, Channel channel, String destination,
		String title, String body) {
}
