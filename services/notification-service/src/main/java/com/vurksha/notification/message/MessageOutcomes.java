package com.vurksha.notification.message;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.device.Devices;
import com.vurksha.platform.events.Backoff;

/**
 * Records what a provider call came to. A failure waits twice as long as the one before, up to the cap, and after
 * {@code max-attempts} failures the message is dead; a permanent refusal is dead at once, and for a push it also
 * forgets the device token, which will never work again.
 */
@Component
class MessageOutcomes {

	private final OutgoingMessages messages;

	private final DeadLetters deadLetters;

	private final Devices devices;

	private final DispatchProperties properties;

	private final Backoff backoff;

	private final Clock clock;

	MessageOutcomes(OutgoingMessages messages, DeadLetters deadLetters, Devices devices, DispatchProperties properties,
			Clock clock) {
		this.messages = messages;
		this.deadLetters = deadLetters;
		this.devices = devices;
		this.properties = properties;
		this.backoff = new Backoff(properties.initialBackoff(), properties.maxBackoff());
		this.clock = clock;
	}

	@Transactional
	void record(OutgoingMessage message, ProviderCall.Outcome outcome) {
		switch (outcome.result()) {
			case SENT -> messages.sent(message.id(), message.claimToken());
			case NOT_PERMITTED -> messages.release(message.id(), message.claimToken(), clock.instant().plus(properties.interval()));
			case REFUSED -> refused(message, outcome.error());
			case FAILED -> failed(message, outcome.error());
		}
	}

	/** A message whose channel has no sender any more counts as a failed attempt, so it ends up before operators. */
	/** Hands a claimed message back unsent, due at once: the claim's lease is nearly over. */
	@Transactional
	void unsent(OutgoingMessage message) {
		messages.release(message.id(), message.claimToken(), clock.instant());
	}

	@Transactional
	void noSender(OutgoingMessage message) {
		failed(message, "No sender is configured for channel " + message.channel());
	}

	private void refused(OutgoingMessage message, String error) {
		int attempts = message.attempts() + 1;
		if (message.channel() == Channel.PUSH) {
			devices.forget(message.destination());
		}
		die(message, attempts, error);
	}

	private void failed(OutgoingMessage message, String error) {
		int attempts = message.attempts() + 1;
		if (attempts >= properties.maxAttempts()) {
			die(message, attempts, error);
			return;
		}
		messages.failed(message.id(), message.claimToken(), attempts, clock.instant().plus(backoff.delayAfter(attempts)), error);
	}

	private void die(OutgoingMessage message, int attempts, String error) {
		if (messages.dead(message.id(), message.claimToken(), attempts, error)) {
			deadLetters.announce(message, attempts, error);
		}
	}
}
