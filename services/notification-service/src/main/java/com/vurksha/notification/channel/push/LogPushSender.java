package com.vurksha.notification.channel.push;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vurksha.notification.Masking;
import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.channel.ChannelMessage;
import com.vurksha.notification.channel.ChannelSender;

/** Stands in for FCM on a developer's machine: logs the push it would send, with the device token masked. */
class LogPushSender implements ChannelSender {

	private static final Logger log = LoggerFactory.getLogger(LogPushSender.class);

	@Override
	public Channel channel() {
		return Channel.PUSH;
	}

	@Override
	public String provider() {
		return "log";
	}

	@Override
	public void send(ChannelMessage message) {
		log.info("Push to device {}: {} | {}", Masking.mask(message.destination()), message.title(), message.body());
	}
}
