package com.vurksha.notification.channel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The configured sender of each channel; a channel without one is not offered to anybody. */
@Component
public class ChannelSenders {

	private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

	ChannelSenders(List<ChannelSender> configured) {
		for (ChannelSender sender : configured) {
			if (senders.put(sender.channel(), sender) != null) {
				throw new IllegalStateException("Two senders for channel " + sender.channel());
			}
		}
	}

	public boolean has(Channel channel) {
		return senders.containsKey(channel);
	}

	public Optional<ChannelSender> of(Channel channel) {
		return Optional.ofNullable(senders.get(channel));
	}
}
