package com.vurksha.notification.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.Outbox;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One running notification service on the real servers, with push, SMS and e-mail logged unless a subclass points a
 * provider elsewhere. Events are published through the service's own outbox, so they travel the real broker to its
 * consumer queue exactly as another service's would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.notification.push.provider=log", "vurksha.notification.email.provider=log",
				"vurksha.sms.provider=log", "vurksha.notification.dispatch.interval=200ms",
				"vurksha.notification.dispatch.initial-backoff=200ms", "vurksha.notification.dispatch.max-backoff=1s" })
@AutoConfigureTestRestTemplate
@Import(TestTokens.Config.class)
public abstract class NotificationIntegrationTest {

	public static final Duration PATIENCE = Duration.ofSeconds(30);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
	}

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Outbox outbox;

	@Autowired
	protected TransactionTemplate transaction;

	protected Api api;

	@BeforeEach
	void connect() {
		api = new Api(rest, json);
	}

	protected static String newUserId() {
		return "user-" + UUID.randomUUID();
	}

	/** Publishes an event as its producer would: appended to the outbox, relayed to the broker. */
	protected EventEnvelope publish(String type, String aggregateType, Map<String, Object> payload) {
		return transaction.execute(status -> outbox.append(type, 1, aggregateType, UUID.randomUUID().toString(), payload));
	}

	/** An {@code order.order.confirmed} of a ₹245.50 order for the customer. */
	protected EventEnvelope orderConfirmed(String userId, String orderNumber) {
		Map<String, Object> payload = new HashMap<>();
		payload.put("orderId", "order-" + UUID.randomUUID());
		payload.put("number", orderNumber);
		payload.put("userId", userId);
		payload.put("total", 24550);
		payload.put("paymentMethod", "COD");
		return publish("order.order.confirmed", "order", payload);
	}

	protected void registered(String userId, String phone) {
		publish("user.user.registered", "user", object("userId", userId, "phone", phone, "roles", List.of("CUSTOMER"),
				"registeredAt", "2026-11-25T10:00:00Z"));
	}

	protected void profileUpdated(String userId, String phone, String name, String email, String language) {
		publish("user.user.profile-updated", "user", object("userId", userId, "phone", phone, "name", name, "email",
				email, "preferredLanguage", language));
	}

	protected void registerDevice(String userId, String token) {
		Api.Reply reply = api.send(HttpMethod.POST, "/api/v1/users/me/devices", TestTokens.customer(userId),
				object("token", token, "platform", "ANDROID"));
		assertThat(reply.status()).isIn(200, 201);
	}

	/** Waits until the event has been consumed (the platform inbox recorded it). */
	protected void awaitConsumed(EventEnvelope event) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM platform.inbox WHERE event_id = :id")
				.param("id", event.id())
				.query(Integer.class)
				.single()).isEqualTo(1));
	}

	protected int notificationsFor(String eventId) {
		return jdbc.sql("SELECT count(*) FROM notification WHERE event_id = :id")
			.param("id", eventId)
			.query(Integer.class)
			.single();
	}

	/** The event's outgoing messages as {@code CHANNEL:STATUS}, e.g. {@code PUSH:SENT}. */
	protected List<String> messagesFor(String eventId) {
		return jdbc.sql("SELECT channel || ':' || status FROM outgoing_message WHERE event_id = :id ORDER BY channel")
			.param("id", eventId)
			.query(String.class)
			.list();
	}
}
