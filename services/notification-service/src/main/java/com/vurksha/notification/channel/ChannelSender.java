package com.vurksha.notification.channel;

import java.util.Locale;

/**
 * Hands messages of one channel to one provider. A sender throws {@link PermanentRefusal} when the provider refused
 * this message for good (sending it again cannot succeed), and any other runtime exception when the provider failed
 * or did not answer, which counts against the provider's circuit breaker and is retried later.
 */
public interface ChannelSender {

	Channel channel();

	/** The provider's short name, e.g. {@code fcm}; the circuit breaker is named {@code <channel>-<provider>}. */
	String provider();

	void send(ChannelMessage message);

	default String breakerName() {
		return channel().name().toLowerCase(Locale.ROOT) + "-" + provider();
	}
}
