package com.vurksha.notification;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.notification.support.FakeFcm;
import com.vurksha.notification.support.NotificationIntegrationTest;
import com.vurksha.platformtest.ReportingSchema;
import com.vurksha.platform.events.EventEnvelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The reporting view the admin service reads from a replica: its columns keep the committed contract, it answers how
 * pushes that were sent, refused for good or out of attempts ended, without their destinations or words, and the
 * reporting role reads it but none of the service's own tables.
 */
class ReportingViewsIntegrationTests extends NotificationIntegrationTest {

	private static final List<String> VIEWS = List.of("notifications_v1");

	private static final FakeFcm FCM = new FakeFcm();

	@DynamicPropertySource
	static void fcm(DynamicPropertyRegistry registry) {
		registry.add("vurksha.notification.push.provider", () -> "fcm");
		registry.add("vurksha.notification.push.fcm.base-url", FCM::baseUrl);
		registry.add("vurksha.notification.push.fcm.service-account", FCM::serviceAccountJson);
		registry.add("vurksha.notification.dispatch.max-attempts", () -> "3");
		registry.add("vurksha.notification.dispatch.initial-backoff", () -> "200ms");
		registry.add("vurksha.notification.dispatch.max-backoff", () -> "400ms");
		// failures here are about one message, not an outage: keep the breaker out of the way
		registry.add("resilience4j.circuitbreaker.configs.provider.minimum-number-of-calls", () -> "1000");
		registry.add("resilience4j.circuitbreaker.configs.provider.sliding-window-size", () -> "1000");
	}

	@AfterAll
	static void stopFcm() {
		FCM.stop();
	}

	@Autowired
	Environment environment;

	@Test
	void theViewHasTheCommittedColumnsWithTheirTypesAndSaysWhatEachMeans() {
		assertThat(ReportingSchema.views(jdbc)).containsExactlyInAnyOrderElementsOf(VIEWS);
		for (String view : VIEWS) {
			assertThat(ReportingSchema.columnsOf(jdbc, view)).as("reporting.%s", view)
				.containsAllEntriesOf(ReportingSchema.committedColumns(view));
			assertThat(ReportingSchema.viewComment(jdbc, view)).as("reporting.%s", view).isNotBlank();
			assertThat(ReportingSchema.uncommentedColumns(jdbc, view)).as("reporting.%s", view).isEmpty();
		}
	}

	@Test
	void showsNoDestinationsTitlesBodiesOrProviderAnswers() {
		assertThat(ReportingSchema.columnsOf(jdbc, "notifications_v1").keySet()).doesNotContain("destination",
				"title", "body", "last_error", "claim_token", "phone", "email");
	}

	@Test
	void answersHowEachPushEndedByChannelAndStatus() {
		FCM.accepts();
		String sentTo = newUserId();
		EventEnvelope sent = pushFor(sentTo);
		await().atMost(PATIENCE).until(() -> messagesFor(sent.id()).contains("PUSH:SENT"));

		FCM.unregistered();
		EventEnvelope refused = pushFor(newUserId());
		await().atMost(PATIENCE).until(() -> messagesFor(refused.id()).contains("PUSH:DEAD"));

		FCM.unavailable();
		EventEnvelope exhausted = pushFor(newUserId());
		await().atMost(PATIENCE).until(() -> messagesFor(exhausted.id()).contains("PUSH:DEAD"));

		Map<String, Object> delivered = push(sent);
		assertThat(delivered).containsEntry("user_id", sentTo)
			.containsEntry("event_type", "order.order.confirmed")
			.containsEntry("channel", "PUSH")
			.containsEntry("status", "SENT")
			.containsEntry("attempts", 1)
			.containsEntry("failed_attempts", 0);
		assertThat(delivered.get("sent_at")).isNotNull();
		assertThat(delivered.get("failed_at")).isNull();
		assertThat(delivered.get("last_error_code")).isNull();

		Map<String, Object> refusedForGood = push(refused);
		assertThat(refusedForGood).containsEntry("status", "DEAD")
			.containsEntry("attempts", 1)
			.containsEntry("failed_attempts", 1)
			.containsEntry("last_error_code", "PermanentRefusal");
		assertThat(refusedForGood.get("failed_at")).isEqualTo(refusedForGood.get("updated_at"));
		assertThat(refusedForGood.get("sent_at")).isNull();

		Map<String, Object> outOfAttempts = push(exhausted);
		assertThat(outOfAttempts).containsEntry("status", "DEAD")
			.containsEntry("attempts", 3)
			.containsEntry("failed_attempts", 3)
			.containsEntry("last_error_code", "IllegalStateException");
		assertThat(outOfAttempts.get("failed_at")).isNotNull();

		assertThat(jdbc.sql("""
				SELECT count(*) FROM reporting.notifications_v1
				WHERE event_id IN (:events) AND channel = 'PUSH' AND status = 'DEAD'""")
			.param("events", List.of(sent.id(), refused.id(), exhausted.id()))
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theReportingRoleReadsTheViewButNoneOfTheServicesTables() throws SQLException {
		List<String> tables = ReportingSchema.ownTables(jdbc);
		assertThat(tables).contains("public.outgoing_message", "public.recipient", "public.device");

		ReportingSchema.asReportingReader(jdbc, environment.getRequiredProperty("spring.datasource.url"),
				connection -> {
					try (Statement statement = connection.createStatement()) {
						for (String view : VIEWS) {
							statement.executeQuery("SELECT * FROM reporting." + view + " LIMIT 1").close();
						}
						for (String table : tables) {
							SQLException refused = catchThrowableOfType(SQLException.class,
									() -> statement.executeQuery("SELECT 1 FROM " + table + " LIMIT 1"));
							assertThat((Throwable) refused).as(table).isNotNull();
							assertThat(refused.getSQLState()).as(table).isEqualTo("42501");
						}
					}
				});
	}

	/** An order confirmation for a user with one registered device, so it sends exactly one push. */
	private EventEnvelope pushFor(String userId) {
		registerDevice(userId, "token-" + UUID.randomUUID());
		return orderConfirmed(userId, "VK-" + UUID.randomUUID().toString().substring(0, 6));
	}

	private Map<String, Object> push(EventEnvelope event) {
		return jdbc.sql("SELECT * FROM reporting.notifications_v1 WHERE event_id = :id AND channel = 'PUSH'")
			.param("id", event.id())
			.query()
			.singleRow();
	}
}
