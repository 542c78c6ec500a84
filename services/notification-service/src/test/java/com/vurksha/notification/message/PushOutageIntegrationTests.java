package com.vurksha.notification.message;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.notification.support.FakeFcm;
import com.vurksha.notification.support.NotificationIntegrationTest;
import com.vurksha.platform.events.EventEnvelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Seed scenario 3 for push: FCM goes down, the breaker opens after five failures and FCM is left alone while events
 * keep being consumed and the in-app inbox keeps filling; when FCM is back, the waiting pushes go out.
 */
class PushOutageIntegrationTests extends NotificationIntegrationTest {

	private static final FakeFcm FCM = new FakeFcm();

	@DynamicPropertySource
	static void fcm(DynamicPropertyRegistry registry) {
		registry.add("vurksha.notification.push.provider", () -> "fcm");
		registry.add("vurksha.notification.push.fcm.base-url", FCM::baseUrl);
		registry.add("vurksha.notification.push.fcm.service-account", FCM::serviceAccountJson);
		registry.add("resilience4j.circuitbreaker.configs.provider.wait-duration-in-open-state", () -> "12s");
	}

	@AfterAll
	static void stopFcm() {
		FCM.stop();
	}

	@Autowired
	CircuitBreakerRegistry breakers;

	private List<EventEnvelope> ordersFor(String userId, int count) {
		List<EventEnvelope> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			events.add(orderConfirmed(userId, "VK-OUT-" + i));
		}
		return events;
	}

	private long pushes(List<EventEnvelope> events, String status) {
		return events.stream().flatMap(event -> messagesFor(event.id()).stream()).filter(("PUSH:" + status)::equals).count();
	}

	private int attemptsOf(String userId) {
		return jdbc.sql("SELECT sum(attempts) FROM outgoing_message WHERE user_id = :user")
			.param("user", userId)
			.query(Integer.class)
			.single();
	}

	@Test
	void opensTheBreakerDuringAnOutageAndSendsWhatWaitedOnceFcmIsBack() {
		FCM.unavailable();
		String userId = newUserId();
		registerDevice(userId, "token-" + UUID.randomUUID());
		CircuitBreaker breaker = breakers.circuitBreaker("push-fcm");

		List<EventEnvelope> early = ordersFor(userId, 6);
		await().atMost(PATIENCE).until(() -> breaker.getState() == CircuitBreaker.State.OPEN);
		int callsWhenOpened = FCM.sendsReceived();

		List<EventEnvelope> during = ordersFor(userId, 3);
		during.forEach(this::awaitConsumed);

		assertThat(callsWhenOpened).isEqualTo(5);
		assertThat(during).allSatisfy(event -> assertThat(notificationsFor(event.id())).isEqualTo(1));
		assertThat(pushes(during, "PENDING")).isEqualTo(3);
		assertThat(FCM.sendsReceived()).isEqualTo(callsWhenOpened);
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(attemptsOf(userId)).as("waiting behind the open breaker costs no attempt").isEqualTo(callsWhenOpened);

		FCM.accepts();

		List<EventEnvelope> all = new ArrayList<>(early);
		all.addAll(during);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(pushes(all, "SENT")).isEqualTo(9));
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(FCM.tokenExchanges()).isEqualTo(1);
	}
}
