package com.vurksha.notification.events;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;

import com.vurksha.notification.support.NotificationIntegrationTest;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventMessages;
import com.vurksha.platformtest.TestTokens;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events in, notifications out: which channels an event uses, in which language, and only once per event. */
class EventFanoutIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	ConnectionFactory connectionFactory;

	@Autowired
	Environment environment;

	@Autowired
	NotificationEventHandler handler;

	private String knownHindiCustomer() {
		String userId = newUserId();
		registered(userId, "+919812345678");
		profileUpdated(userId, "+919812345678", "Asha", "asha@example.com", "hi");
		await().atMost(PATIENCE)
			.until(() -> jdbc.sql("SELECT count(*) FROM recipient WHERE user_id = :id AND email IS NOT NULL")
				.param("id", userId)
				.query(Integer.class)
				.single() == 1);
		return userId;
	}

	private EventEnvelope refundProcessed(String userId) {
		return publish("order.order.refund-processed", "order", object("orderId", "order-" + UUID.randomUUID(),
				"number", "VK-R1", "userId", userId, "refundId", "rfnd-1", "amount", 12000));
	}

	private String inAppTitle(String eventId) {
		return jdbc.sql("SELECT title FROM notification WHERE event_id = :id")
			.param("id", eventId)
			.query(String.class)
			.single();
	}

	@Test
	void notifiesOnEveryChannelInTheRecipientsLanguage() {
		String userId = knownHindiCustomer();
		registerDevice(userId, "token-a-" + UUID.randomUUID());
		registerDevice(userId, "token-b-" + UUID.randomUUID());

		EventEnvelope event = refundProcessed(userId);

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(messagesFor(event.id())).containsExactly("EMAIL:SENT", "PUSH:SENT",
					"PUSH:SENT", "SMS:SENT"));
		assertThat(inAppTitle(event.id())).isEqualTo("₹120 का रिफ़ंड हो गया");
		assertThat(jdbc.sql("SELECT body FROM outgoing_message WHERE event_id = :id AND channel = 'EMAIL'")
			.param("id", event.id())
			.query(String.class)
			.single()).startsWith("नमस्ते Asha,");
	}

	@Test
	void sendsOnlyTheInAppNotificationWhenEveryChannelIsSwitchedOff() {
		String userId = knownHindiCustomer();
		registerDevice(userId, "token-" + UUID.randomUUID());
		assertThat(api.send(HttpMethod.PUT, "/api/v1/users/me/notification-preferences", TestTokens.customer(userId),
				object("push", false, "sms", false, "email", false)).status()).isEqualTo(200);

		EventEnvelope event = refundProcessed(userId);

		awaitConsumed(event);
		assertThat(notificationsFor(event.id())).isEqualTo(1);
		assertThat(messagesFor(event.id())).isEmpty();
	}

	@Test
	void anUnknownCustomerIsToldInEnglishInTheAppAndOnTheirDevices() {
		String userId = newUserId();
		registerDevice(userId, "token-" + UUID.randomUUID());

		EventEnvelope event = refundProcessed(userId);

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(messagesFor(event.id())).containsExactly("PUSH:SENT"));
		assertThat(inAppTitle(event.id())).isEqualTo("Refund of ₹120 processed");
	}

	@Test
	void tellsTheRiderOfTheirAssignmentAndNotTheCustomer() {
		String customer = newUserId();
		String rider = newUserId();

		EventEnvelope event = publish("delivery.delivery.assigned", "delivery",
				object("deliveryId", "dlv-1", "orderId", "order-1", "orderNumber", "VK-A1", "userId", customer,
						"attempt", 1, "riderId", "rider-1", "riderUserId", rider, "riderFirstName", "Ravi"));

		awaitConsumed(event);
		assertThat(jdbc.sql("SELECT user_id FROM notification WHERE event_id = :id")
			.param("id", event.id())
			.query(String.class)
			.list()).containsExactly(rider);
		assertThat(inAppTitle(event.id())).isEqualTo("New delivery VK-A1");
	}

	@Test
	void aRedeliveredEventChangesNothing() {
		String userId = knownHindiCustomer();
		registerDevice(userId, "token-" + UUID.randomUUID());
		EventEnvelope event = refundProcessed(userId);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(messagesFor(event.id())).containsExactly("EMAIL:SENT", "PUSH:SENT",
					"SMS:SENT"));

		new RabbitTemplate(connectionFactory).send(environment.getRequiredProperty("vurksha.events.exchange"),
				event.type(), new EventMessages(json).toMessage(event));
		transaction.executeWithoutResult(status -> handler.handle(event));
		EventEnvelope later = orderConfirmed(userId, "VK-LATER");
		awaitConsumed(later);

		assertThat(notificationsFor(event.id())).isEqualTo(1);
		assertThat(messagesFor(event.id())).containsExactly("EMAIL:SENT", "PUSH:SENT", "SMS:SENT");
		assertThat(jdbc.sql("SELECT count(*) FROM platform.inbox WHERE event_id = :id")
			.param("id", event.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aProfileUpdateOlderThanTheStoredOneIsDropped() {
		String userId = newUserId();
		EventEnvelope newer = publish("user.user.profile-updated", "user", object("userId", userId, "phone",
				"+919812345678", "name", "Asha Rao", "email", "asha@example.com", "preferredLanguage", "hi",
				"updatedAt", "2026-11-25T10:05:00Z"));
		awaitConsumed(newer);
		EventEnvelope older = publish("user.user.profile-updated", "user", object("userId", userId, "phone",
				"+919812345678", "name", "Asha", "email", "old@example.com", "preferredLanguage", "en",
				"updatedAt", "2026-11-25T10:00:00Z"));
		awaitConsumed(older);

		assertThat(jdbc.sql("SELECT name || '|' || email || '|' || language FROM recipient WHERE user_id = :id")
			.param("id", userId)
			.query(String.class)
			.single()).isEqualTo("Asha Rao|asha@example.com|hi");

		EventEnvelope newest = publish("user.user.profile-updated", "user", object("userId", userId, "phone",
				"+919812345678", "name", "Asha R", "email", "asha@example.com", "preferredLanguage", "en",
				"updatedAt", "2026-11-25T10:06:00Z"));
		awaitConsumed(newest);

		assertThat(jdbc.sql("SELECT name || '|' || language FROM recipient WHERE user_id = :id")
			.param("id", userId)
			.query(String.class)
			.single()).isEqualTo("Asha R|en");
	}
}
