package com.vurksha.notification.message;

import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.channel.ChannelMessage;

/**
 * A claimed message on its way to a provider, with the attempts it has already failed and the token of the claim
 * under which its outcome may be recorded.
 */
record OutgoingMessage(String id, String eventId, String eventType, String userId, Channel channel,
		String destination, String title, String body, int attempts, String claimToken) {

	ChannelMessage toChannel() {
		return new ChannelMessage(destination, title, body);
	}
}
