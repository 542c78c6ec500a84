package com.vurksha.notification.channel.sms;

import java.util.Map;

import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.channel.ChannelMessage;
import com.vurksha.notification.channel.ChannelSender;
import com.vurksha.platform.sms.SmsMessage;
import com.vurksha.platform.sms.SmsSender;

/**
 * Sends notification texts through the platform's SMS sender. Every notification uses one generic template with a
 * {@code message} variable, so new wording needs no new template registration with the operators. The provider's
 * refusals ({@code SmsDeliveryException}) are all treated as passing trouble: MSG91 does not tell a bad number from
 * an outage.
 */
class SmsChannelSender implements ChannelSender {

	static final String VARIABLE = "message";

	private final SmsSender sms;

	private final String templateId;

	private final String provider;

	SmsChannelSender(SmsSender sms, String templateId, String provider) {
		this.sms = sms;
		this.templateId = templateId;
		this.provider = provider;
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public String provider() {
		return provider;
	}

	@Override
	public void send(ChannelMessage message) {
		sms.send(message.destination(), new SmsMessage(templateId, Map.of(VARIABLE, message.body()), message.body()));
	}
}
