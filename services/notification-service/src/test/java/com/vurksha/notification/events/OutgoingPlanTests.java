package com.vurksha.notification.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.message.NewMessage;
import com.vurksha.notification.preference.Preferences;
import com.vurksha.notification.recipient.Language;
import com.vurksha.notification.recipient.Recipient;
import com.vurksha.notification.template.Rendered;

import static org.assertj.core.api.Assertions.assertThat;

/** Which channels one event goes out on. */
class OutgoingPlanTests {

	private static final Recipient KNOWN = new Recipient("u1", "+919812345678", "Asha", "asha@example.com", Language.EN);

	private static final Rendered EVERY_CHANNEL = new Rendered("Title", "Body", Optional.of("Text"),
			Optional.of("Subject"), Optional.of("Mail"));

	private static final List<String> TWO_DEVICES = List.of("token-1", "token-2");

	private static List<String> channelsAndDestinations(List<NewMessage> messages) {
		return messages.stream().map(message -> message.channel() + ":" + message.destination()).toList();
	}

	@Test
	void sendsAPushPerDeviceAnSmsAndAnEmail() {
		OutgoingPlan plan = new OutgoingPlan(EnumSet.allOf(Channel.class), Preferences.allOn());

		List<NewMessage> messages = plan.messages("e1", "order.order.confirmed", KNOWN, EVERY_CHANNEL, TWO_DEVICES);

		assertThat(channelsAndDestinations(messages)).containsExactly("PUSH:token-1", "PUSH:token-2",
				"SMS:+919812345678", "EMAIL:asha@example.com");
		assertThat(messages.get(2).title()).isNull();
		assertThat(messages.get(3).title()).isEqualTo("Subject");
	}

	@Test
	void skipsChannelsTheUserSwitchedOff() {
		OutgoingPlan plan = new OutgoingPlan(EnumSet.allOf(Channel.class), new Preferences(false, true, false));

		assertThat(channelsAndDestinations(plan.messages("e1", "t", KNOWN, EVERY_CHANNEL, TWO_DEVICES)))
			.containsExactly("SMS:+919812345678");
	}

	@Test
	void skipsChannelsTheServiceHasNoSenderFor() {
		OutgoingPlan plan = new OutgoingPlan(EnumSet.of(Channel.PUSH), Preferences.allOn());

		assertThat(plan.messages("e1", "t", KNOWN, EVERY_CHANNEL, TWO_DEVICES)).extracting(NewMessage::channel)
			.containsOnly(Channel.PUSH);
	}

	@Test
	void skipsChannelsTheTemplateHasNoWordsFor() {
		OutgoingPlan plan = new OutgoingPlan(EnumSet.allOf(Channel.class), Preferences.allOn());
		Rendered inAppAndPushOnly = new Rendered("Title", "Body", Optional.empty(), Optional.empty(), Optional.empty());

		assertThat(plan.messages("e1", "t", KNOWN, inAppAndPushOnly, TWO_DEVICES)).extracting(NewMessage::channel)
			.containsOnly(Channel.PUSH);
	}

	@Test
	void skipsSmsAndEmailForSomeoneWeHaveNoAddressFor() {
		OutgoingPlan plan = new OutgoingPlan(EnumSet.allOf(Channel.class), Preferences.allOn());

		assertThat(plan.messages("e1", "t", Recipient.unknown("u2"), EVERY_CHANNEL, List.of())).isEmpty();
	}
}
