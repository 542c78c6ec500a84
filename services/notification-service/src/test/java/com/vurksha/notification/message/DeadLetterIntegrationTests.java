package com.vurksha.notification.message;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.notification.device.Devices;
import com.vurksha.notification.support.FakeFcm;
import com.vurksha.notification.support.NotificationIntegrationTest;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventMessages;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A push that keeps failing is retried with backoff and then dead-lettered; one FCM refuses for good is dead at once
 * and its token forgotten. Operators see dead messages and send them again.
 */
class DeadLetterIntegrationTests extends NotificationIntegrationTest {

	private static final FakeFcm FCM = new FakeFcm();

	@DynamicPropertySource
	static void fcm(DynamicPropertyRegistry registry) {
		registry.add("vurksha.notification.push.provider", () -> "fcm");
		registry.add("vurksha.notification.push.fcm.base-url", FCM::baseUrl);
		registry.add("vurksha.notification.push.fcm.service-account", FCM::serviceAccountJson);
		registry.add("vurksha.notification.dispatch.max-attempts", () -> "3");
		registry.add("vurksha.notification.dispatch.initial-backoff", () -> "300ms");
		registry.add("vurksha.notification.dispatch.max-backoff", () -> "600ms");
		// failures here are about one message, not an outage: keep the breaker out of the way
		registry.add("resilience4j.circuitbreaker.configs.provider.minimum-number-of-calls", () -> "1000");
		registry.add("resilience4j.circuitbreaker.configs.provider.sliding-window-size", () -> "1000");
	}

	@AfterAll
	static void stopFcm() {
		FCM.stop();
	}

	@Autowired
	ConnectionFactory connectionFactory;

	@Autowired
	Environment environment;

	@Autowired
	Devices devices;

	private String admin;

	@BeforeEach
	void operator() {
		admin = TestTokens.admin();
	}

	private String pushOf(EventEnvelope event) {
		return jdbc.sql("SELECT id FROM outgoing_message WHERE event_id = :id AND channel = 'PUSH'")
			.param("id", event.id())
			.query(String.class)
			.single();
	}

	private Map<String, Object> row(String messageId) {
		return jdbc.sql("SELECT status, attempts, created_at, updated_at FROM outgoing_message WHERE id = :id")
			.param("id", messageId)
			.query()
			.singleRow();
	}

	/** Reads the dead-letter queue until the announcement of this message turns up. */
	private EventEnvelope deadLetterOf(String messageId) {
		RabbitTemplate rabbit = new RabbitTemplate(connectionFactory);
		String queue = environment.getRequiredProperty("vurksha.events.queue-prefix") + "notification.dead-letter";
		EventMessages messages = new EventMessages(json);
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			Message message = rabbit.receive(queue, 1000);
			if (message != null) {
				EventEnvelope event = messages.fromMessage(message);
				if (messageId.equals(event.payload().get("messageId").asString())) {
					return event;
				}
			}
		}
		throw new AssertionError("No dead letter for " + messageId + " in " + queue);
	}

	@Test
	void retriesWithBackoffThenDeadLettersAndAnOperatorSendsItAgain() {
		FCM.unavailable();
		String userId = newUserId();
		String token = "token-" + UUID.randomUUID();
		registerDevice(userId, token);
		EventEnvelope event = orderConfirmed(userId, "VK-DEAD");
		await().atMost(PATIENCE).until(() -> messagesFor(event.id()).contains("PUSH:DEAD"));
		String messageId = pushOf(event);

		Map<String, Object> dead = row(messageId);
		assertThat(dead.get("attempts")).isEqualTo(3);
		assertThat(Duration.between(((Timestamp) dead.get("created_at")).toInstant(),
				((Timestamp) dead.get("updated_at")).toInstant()))
			.isGreaterThanOrEqualTo(Duration.ofMillis(900));
		EventEnvelope letter = deadLetterOf(messageId);
		assertThat(letter.type()).isEqualTo("notification.message.dead-lettered");
		assertThat(letter.payload().get("channel").asString()).isEqualTo("PUSH");
		assertThat(letter.payload().get("destination").asString()).doesNotContain(token.substring(0, 10));
		assertThat(devices.tokensOf(userId)).containsExactly(token);

		Api.Reply list = api.get("/api/v1/admin/notifications/dead?limit=100", admin);
		assertThat(list.status()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		list.data().forEach(item -> ids.add(item.get("id").asString()));
		assertThat(ids).contains(messageId);

		FCM.accepts();
		Api.Reply retried = api.send(HttpMethod.POST, "/api/v1/admin/notifications/" + messageId + "/retry", admin,
				null);

		assertThat(retried.status()).isEqualTo(200);
		assertThat(retried.data().get("status").asString()).isEqualTo("PENDING");
		await().atMost(PATIENCE).until(() -> messagesFor(event.id()).contains("PUSH:SENT"));
	}

	@Test
	void anUnregisteredTokenIsDeadAtOnceAndForgotten() {
		FCM.unregistered();
		String userId = newUserId();
		String token = "token-" + UUID.randomUUID();
		registerDevice(userId, token);

		EventEnvelope event = orderConfirmed(userId, "VK-GONE");

		await().atMost(PATIENCE).until(() -> messagesFor(event.id()).contains("PUSH:DEAD"));
		assertThat(row(pushOf(event)).get("attempts")).isEqualTo(1);
		assertThat(devices.tokensOf(userId)).isEmpty();
		assertThat(deadLetterOf(pushOf(event)).payload().get("reason").asString()).contains("UNREGISTERED");
	}

	@Nested
	class Refusals {

		@Test
		void retryingAMessageThatIsNotDeadIsAConflict() {
			FCM.accepts();
			String userId = newUserId();
			registerDevice(userId, "token-" + UUID.randomUUID());
			EventEnvelope event = orderConfirmed(userId, "VK-OK");
			await().atMost(PATIENCE).until(() -> messagesFor(event.id()).contains("PUSH:SENT"));

			Api.Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/notifications/" + pushOf(event) + "/retry",
					admin, null);

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("MESSAGE_NOT_DEAD");
		}

		@Test
		void retryingAnUnknownMessageIsNotFound() {
			Api.Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/notifications/msg_nope/retry", admin, null);

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("MESSAGE_NOT_FOUND");
		}

		@Test
		void customersCannotSeeDeadMessages() {
			Api.Reply reply = api.get("/api/v1/admin/notifications/dead", TestTokens.customer(newUserId()));

			assertThat(reply.status()).isEqualTo(403);
		}
	}
}
