package com.vurksha.notification.message;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vurksha.notification.channel.ChannelSender;
import com.vurksha.notification.channel.ChannelSenders;

/**
 * Sends due messages. Claiming commits before any provider is called, so no database transaction is held open
 * across a slow provider; each outcome is then recorded in a transaction of its own.
 */
@Component
class MessageDispatcher {

	private final OutgoingMessages messages;

	private final ChannelSenders senders;

	private final ProviderCall calls;

	private final MessageOutcomes outcomes;

	private final DispatchProperties properties;

	MessageDispatcher(OutgoingMessages messages, ChannelSenders senders, ProviderCall calls, MessageOutcomes outcomes,
			DispatchProperties properties) {
		this.messages = messages;
		this.senders = senders;
		this.calls = calls;
		this.outcomes = outcomes;
		this.properties = properties;
	}

	/** Sends one batch of due messages; answers how many were claimed. */
	int dispatchDue() {
		List<OutgoingMessage> due = messages.claimDue(properties.batchSize(), properties.lease());
		due.forEach(this::deliver);
		return due.size();
	}

	private void deliver(OutgoingMessage message) {
		Optional<ChannelSender> sender = senders.of(message.channel());
		if (sender.isEmpty()) {
			outcomes.noSender(message);
			return;
		}
		outcomes.record(message, calls.send(sender.get(), message.toChannel()));
	}
}
