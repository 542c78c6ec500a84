package com.vurksha.notification.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.message.NewMessage;
import com.vurksha.notification.preference.Preferences;
import com.vurksha.notification.recipient.Recipient;
import com.vurksha.notification.template.Rendered;

/**
 * Which messages an event sends besides the in-app notification: a channel is used when the service has a sender
 * for it, the user has not switched it off, the template has words for it and we know where to send it (a push to
 * every registered device, an SMS to the phone, an e-mail to the address).
 *
 * @param available the channels the service has a sender for
 */
record OutgoingPlan(Set<Channel> available, Preferences preferences) {

	List<NewMessage> messages(String eventId, String eventType, Recipient recipient, Rendered rendered,
			List<String> deviceTokens) {
		List<NewMessage> messages = new ArrayList<>();
		String user = recipient.userId();
		if (wanted(Channel.PUSH, preferences.push())) {
			deviceTokens.forEach(token -> messages.add(new NewMessage(eventId, eventType, user, Channel.PUSH, token,
					rendered.title(), rendered.body())));
		}
		if (wanted(Channel.SMS, preferences.sms()) && rendered.sms().isPresent()) {
			recipient.phoneNumber()
				.ifPresent(phone -> messages.add(new NewMessage(eventId, eventType, user, Channel.SMS, phone, null,
						rendered.sms().get())));
		}
		if (wanted(Channel.EMAIL, preferences.email()) && rendered.hasEmail()) {
			recipient.emailAddress()
				.ifPresent(email -> messages.add(new NewMessage(eventId, eventType, user, Channel.EMAIL, email,
						rendered.emailSubject().get(), rendered.emailBody().get())));
		}
		return messages;
	}

	private boolean wanted(Channel channel, boolean chosen) {
		return chosen && available.contains(channel);
	}
}
