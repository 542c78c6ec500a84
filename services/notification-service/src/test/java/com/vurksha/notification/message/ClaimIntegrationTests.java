package com.vurksha.notification.message;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.channel.ChannelSenders;
import com.vurksha.notification.support.NotificationIntegrationTest;
import com.vurksha.platform.jobs.PeriodicJob;
import com.vurksha.platformtest.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dispatcher whose lease ran out while it was still sending may not record anything for a message another has
 * claimed since, and one that sees its lease nearly over hands the rest of its batch back instead of sending it. The
 * service's own dispatch job is stopped meanwhile, and the messages are dated in 2000 so they are claimed first.
 */
class ClaimIntegrationTests extends NotificationIntegrationTest {

	private static final Instant Y2K = Instant.parse("2000-01-01T00:00:00Z");

	private static final Duration LEASE = Duration.ofMinutes(2);

	@Autowired
	@Qualifier("messageDispatch")
	PeriodicJob dispatchJob;

	@Autowired
	ChannelSenders senders;

	@Autowired
	ProviderCall calls;

	@Autowired
	MessageOutcomes outcomes;

	@Autowired
	DispatchProperties properties;

	private final MutableClock clock = new MutableClock(Y2K);

	private String eventId;

	private OutgoingMessages messages;

	@BeforeEach
	void stopDispatching() {
		dispatchJob.stop();
		eventId = "evt-" + UUID.randomUUID();
		messages = new OutgoingMessages(jdbc, clock);
	}

	@AfterEach
	void resumeDispatching() {
		jdbc.sql("DELETE FROM outgoing_message WHERE event_id = :id").param("id", eventId).update();
		dispatchJob.start();
	}

	private String queue(String token) {
		messages.queue(new NewMessage(eventId, "order.order.confirmed", "user-claims", Channel.PUSH, token, "Title",
				"Body"));
		return jdbc.sql("SELECT id FROM outgoing_message WHERE event_id = :e AND destination = :d")
			.param("e", eventId)
			.param("d", token)
			.query(String.class)
			.single();
	}

	private String status(String id) {
		return jdbc.sql("SELECT status || ':' || attempts FROM outgoing_message WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void aClaimerWhoseLeaseRanOutCannotMarkAMessageClaimedAgain() {
		String id = queue("token-stale");
		clock.advance(Duration.ofSeconds(1));
		OutgoingMessage stale = messages.claimDue(1, LEASE).get(0);
		assertThat(stale.id()).isEqualTo(id);

		clock.advance(LEASE.plusSeconds(1));
		OutgoingMessage current = messages.claimDue(1, LEASE).get(0);
		assertThat(current.id()).isEqualTo(id);
		assertThat(current.claimToken()).isNotEqualTo(stale.claimToken());

		assertThat(messages.sent(id, stale.claimToken())).isFalse();
		assertThat(messages.failed(id, stale.claimToken(), 1, clock.instant(), "late")).isFalse();
		assertThat(messages.dead(id, stale.claimToken(), 1, "late")).isFalse();
		assertThat(status(id)).isEqualTo("PENDING:0");

		assertThat(messages.sent(id, current.claimToken())).isTrue();
		assertThat(status(id)).isEqualTo("SENT:0");
	}

	@Test
	void theRestOfABatchIsHandedBackWhenTheLeaseIsNearlyOver() {
		String first = queue("token-first");
		clock.advance(Duration.ofMillis(1));
		String second = queue("token-second");
		// every look at the clock is half a lease later: the first message goes out, the second would be too late
		Clock slow = new Clock() {

			private final AtomicInteger looks = new AtomicInteger();

			@Override
			public Instant instant() {
				return Y2K.plusSeconds(1).plus(LEASE.dividedBy(2).multipliedBy(looks.getAndIncrement()));
			}

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}
		};
		DispatchProperties twoAtATime = new DispatchProperties(properties.interval(), 2, LEASE,
				properties.initialBackoff(), properties.maxBackoff(), properties.maxAttempts());
		clock.advance(Duration.ofSeconds(1));
		MessageDispatcher dispatcher = new MessageDispatcher(messages, senders, calls, outcomes, twoAtATime, slow);

		assertThat(dispatcher.dispatchDue()).isEqualTo(2);

		// the claim hands the batch over in no particular order: one went out, the other is due again at once
		assertThat(List.of(status(first), status(second))).containsExactlyInAnyOrder("SENT:0", "PENDING:0");
		String handedBack = status(first).startsWith("PENDING") ? first : second;
		Timestamp due = jdbc.sql("SELECT next_attempt_at FROM outgoing_message WHERE id = :id")
			.param("id", handedBack)
			.query(Timestamp.class)
			.single();
		assertThat(due.toInstant()).isAfter(Instant.now().minusSeconds(60)).isBefore(Instant.now().plusSeconds(1));
	}
}
