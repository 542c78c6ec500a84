package com.vurksha.notification.message;

import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.channel.ChannelMessage;

/** A claimed message on its way to a provider, with the attempts it has already failed. */
record OutgoingMessage(String id, String eventId, String eventType, String userId, Channel channel,
		String destination, String title, String body, int attempts) {

	ChannelMessage toChannel() {
		return new ChannelMessage(destination, title, body);
	}
}
