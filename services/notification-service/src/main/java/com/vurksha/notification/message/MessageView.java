package com.vurksha.notification.message;

import java.time.Instant;

import com.vurksha.notification.channel.Channel;

/**
 * An outgoing message as operators see it (dead ones, or one just sent for retry); the destination is masked.
 *
 * @param lastError the provider's last answer or failure
 */
public record MessageView(String id, String eventId, String eventType, String userId, Channel channel,
		String destination, MessageStatus status, int attempts, String lastError, Instant createdAt,
		Instant updatedAt) {
}
