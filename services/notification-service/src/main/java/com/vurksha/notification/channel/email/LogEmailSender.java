package com.vurksha.notification.channel.email;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vurksha.notification.Masking;
import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.channel.ChannelMessage;
import com.vurksha.notification.channel.ChannelSender;

/** Stands in for the SMTP server on a developer's machine: logs the subject it would send, address masked. */
class LogEmailSender implements ChannelSender {

	private static final Logger log = LoggerFactory.getLogger(LogEmailSender.class);

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public String provider() {
		return "log";
	}

	@Override
	public void send(ChannelMessage message) {
		log.info("E-mail to {}: {} ({} characters)", Masking.mask(message.destination()), message.title(),
				message.body().length());
	}
}
