package com.vurksha.notification.message;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vurksha.notification.channel.ChannelSender;
import com.vurksha.notification.channel.ChannelSenders;

/**
 * Sends due messages. Claiming commits before any provider is called, so no database transaction is held open
 * across a slow provider; each outcome is then recorded in a transaction of its own. A batch is sent only while a
 * quarter of its lease is left: the rest is handed back, due at once, rather than sent by an instance whose claim
 * another may take over any moment (and an outcome recorded after that is refused by the claim token anyway).
 */
@Component
class MessageDispatcher {

	private final OutgoingMessages messages;

	private final ChannelSenders senders;

	private final ProviderCall calls;

	private final MessageOutcomes outcomes;

	private final DispatchProperties properties;

	private final Clock clock;

	MessageDispatcher(OutgoingMessages messages, ChannelSenders senders, ProviderCall calls, MessageOutcomes outcomes,
			DispatchProperties properties, Clock clock) {
		this.messages = messages;
		this.senders = senders;
		this.calls = calls;
		this.outcomes = outcomes;
		this.properties = properties;
		this.clock = clock;
	}

	/** Sends one batch of due messages; answers how many were claimed. */
	int dispatchDue() {
		Instant claimedAt = clock.instant();
		List<OutgoingMessage> due = messages.claimDue(properties.batchSize(), properties.lease());
		Instant stopAt = claimedAt.plus(properties.lease().multipliedBy(3).dividedBy(4));
		for (OutgoingMessage message : due) {
			if (clock.instant().isBefore(stopAt)) {
				deliver(message);
			}
			else {
				outcomes.unsent(message);
			}
		}
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
