package com.vurksha.notification.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.channel.ChannelSenders;
import com.vurksha.notification.device.Devices;
import com.vurksha.notification.inbox.InAppNotifications;
import com.vurksha.notification.inbox.NewNotification;
import com.vurksha.notification.message.NewMessage;
import com.vurksha.notification.message.OutgoingMessages;
import com.vurksha.notification.preference.UserPreferences;
import com.vurksha.notification.recipient.Recipient;
import com.vurksha.notification.recipient.Recipients;
import com.vurksha.notification.template.NotifiedEvents;
import com.vurksha.notification.template.Rendered;
import com.vurksha.notification.template.TemplateValues;
import com.vurksha.notification.template.Templates;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventFields;
import tools.jackson.databind.JsonNode;

/**
 * Writes what one order or delivery event tells its recipient, inside the inbox's transaction: the in-app
 * notification always, and a message per other channel. Both are unique per event, so an event delivered twice (or
 * replayed past the inbox) changes nothing the second time.
 */
@Component
class EventNotifications {

	private static final Logger log = LoggerFactory.getLogger(EventNotifications.class);

	private final Recipients recipients;

	private final Templates templates;

	private final InAppNotifications inbox;

	private final Outgoing outgoing;

	EventNotifications(Recipients recipients, Templates templates, InAppNotifications inbox, Outgoing outgoing) {
		this.recipients = recipients;
		this.templates = templates;
		this.inbox = inbox;
		this.outgoing = outgoing;
	}

	void notify(EventEnvelope event) {
		JsonNode payload = event.payload();
		String userId = text(payload, NotifiedEvents.recipientField(event.type()));
		if (userId == null || !templates.covers(event.type())) {
			log.warn("{} {} names no recipient or has no template; nobody is notified", event.type(), event.id());
			return;
		}
		Recipient recipient = recipients.find(userId);
		Rendered rendered = templates.render(event.type(), recipient.language(), TemplateValues.of(payload, recipient));
		inbox.add(new NewNotification(userId, event.id(), event.type(), text(payload, "orderId"), rendered.title(),
				rendered.body()));
		outgoing.queue(event, recipient, rendered);
	}

	private static String text(JsonNode payload, String field) {
		return EventFields.text(payload, field).orElse(null);
	}

	/** Queues the messages of the channels the recipient is reached on. */
	@Component
	static class Outgoing {

		private final ChannelSenders senders;

		private final UserPreferences preferences;

		private final Devices devices;

		private final OutgoingMessages messages;

		Outgoing(ChannelSenders senders, UserPreferences preferences, Devices devices, OutgoingMessages messages) {
			this.senders = senders;
			this.preferences = preferences;
			this.devices = devices;
			this.messages = messages;
		}

		void queue(EventEnvelope event, Recipient recipient, Rendered rendered) {
			Set<Channel> available = EnumSet.noneOf(Channel.class);
			for (Channel channel : Channel.values()) {
				if (senders.has(channel)) {
					available.add(channel);
				}
			}
			OutgoingPlan plan = new OutgoingPlan(available, preferences.of(recipient.userId()));
			List<NewMessage> planned = plan.messages(event.id(), event.type(), recipient, rendered,
					devices.tokensOf(recipient.userId()));
			planned.forEach(messages::queue);
		}
	}
}
