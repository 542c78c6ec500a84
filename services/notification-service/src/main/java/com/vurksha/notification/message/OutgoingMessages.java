package com.vurksha.notification.message;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.notification.Masking;
import com.vurksha.notification.channel.Channel;
import com.vurksha.platform.api.PageQuery;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/**
 * The outgoing_message table. Claiming moves a due message's {@code next_attempt_at} past a lease in the same
 * statement that locks it with {@code SKIP LOCKED}, so parallel dispatchers never take the same message and one that
 * dies leaves it due again when the lease ends. Each claim writes a fresh {@code claim_token}; outcomes are recorded
 * only under the token of the current claim, so a dispatcher that outlived its lease cannot mark a message another
 * has claimed since.
 */
@Repository
public class OutgoingMessages {

	private static final String CLAIMED = "id, event_id, event_type, user_id, channel, destination, title, body, attempts, claim_token";

	private static final String DEAD = "id, event_id, event_type, user_id, channel, destination, status, attempts, "
			+ "last_error, created_at, updated_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	OutgoingMessages(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Queues the message unless this event already queued one for the destination; answers whether it did. */
	public boolean queue(NewMessage message) {
		Instant now = clock.instant();
		return jdbc.sql("""
				INSERT INTO outgoing_message (id, event_id, event_type, user_id, channel, destination, title, body,
				    status, attempts, next_attempt_at, created_at, updated_at)
				VALUES (:id, :event, :type, :user, :channel, :destination, :title, :body, 'PENDING', 0, :now, :now, :now)
				ON CONFLICT (event_id, channel, destination) DO NOTHING""")
			.param("id", "msg_" + UUID.randomUUID())
			.param("event", message.eventId())
			.param("type", message.eventType())
			.param("user", message.userId())
			.param("channel", message.channel().name())
			.param("destination", message.destination())
			.param("title", message.title())
			.param("body", message.body())
			.param("now", utc(now))
			.update() == 1;
	}

	List<OutgoingMessage> claimDue(int limit, Duration lease) {
		Instant now = clock.instant();
		return jdbc.sql("UPDATE outgoing_message SET next_attempt_at = :leaseEnd, claim_token = :token WHERE id IN ("
				+ "SELECT id FROM outgoing_message WHERE status = 'PENDING' AND next_attempt_at <= :now "
				+ "ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED) RETURNING " + CLAIMED)
			.param("leaseEnd", utc(now.plus(lease)))
			.param("token", UUID.randomUUID().toString())
			.param("now", utc(now))
			.param("limit", limit)
			.query(OutgoingMessages::claimed)
			.list();
	}

	/** Marks the message sent; answers false when the claim is no longer this one's (or it is no longer pending). */
	boolean sent(String id, String claimToken) {
		Instant now = clock.instant();
		return jdbc.sql("UPDATE outgoing_message SET status = 'SENT', sent_at = :now, updated_at = :now, "
				+ "last_error = NULL WHERE id = :id AND claim_token = :token AND status = 'PENDING'")
			.param("now", utc(now))
			.param("id", id)
			.param("token", claimToken)
			.update() == 1;
	}

	/** Hands the message back without counting an attempt: its provider's breaker would not let it through. */
	void release(String id, String claimToken, Instant nextLook) {
		jdbc.sql("UPDATE outgoing_message SET next_attempt_at = :next "
				+ "WHERE id = :id AND claim_token = :token AND status = 'PENDING'")
			.param("next", utc(nextLook))
			.param("id", id)
			.param("token", claimToken)
			.update();
	}

	boolean failed(String id, String claimToken, int attempts, Instant nextAttemptAt, String error) {
		return jdbc.sql("""
				UPDATE outgoing_message SET attempts = :attempts, next_attempt_at = :next, last_error = :error,
				    updated_at = :now WHERE id = :id AND claim_token = :token AND status = 'PENDING'""")
			.param("attempts", attempts)
			.param("next", utc(nextAttemptAt))
			.param("error", error)
			.param("now", utc(clock.instant()))
			.param("id", id)
			.param("token", claimToken)
			.update() == 1;
	}

	boolean dead(String id, String claimToken, int attempts, String error) {
		return jdbc.sql("""
				UPDATE outgoing_message SET status = 'DEAD', attempts = :attempts, last_error = :error, updated_at = :now
				WHERE id = :id AND claim_token = :token AND status = 'PENDING'""")
			.param("attempts", attempts)
			.param("error", error)
			.param("now", utc(clock.instant()))
			.param("id", id)
			.param("token", claimToken)
			.update() == 1;
	}

	List<MessageView> deadPage(PageQuery page) {
		return jdbc.sql("SELECT " + DEAD + " FROM outgoing_message WHERE status = 'DEAD' "
				+ "ORDER BY updated_at DESC, id LIMIT :limit OFFSET :offset")
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(OutgoingMessages::view)
			.list();
	}

	long deadCount() {
		return jdbc.sql("SELECT count(*) FROM outgoing_message WHERE status = 'DEAD'").query(Long.class).single();
	}

	Optional<MessageView> find(String id) {
		return jdbc.sql("SELECT " + DEAD + " FROM outgoing_message WHERE id = :id")
			.param("id", id)
			.query(OutgoingMessages::view)
			.optional();
	}

	/** Gives a dead message a fresh set of attempts, due now; answers false when it was not dead. */
	boolean revive(String id) {
		Instant now = clock.instant();
		return jdbc.sql("""
				UPDATE outgoing_message SET status = 'PENDING', attempts = 0, next_attempt_at = :now, updated_at = :now,
				    claim_token = NULL WHERE id = :id AND status = 'DEAD'""").param("now", utc(now)).param("id", id).update() == 1;
	}

	private static OutgoingMessage claimed(ResultSet row, int rowNum) throws SQLException {
		return new OutgoingMessage(row.getString("id"), row.getString("event_id"), row.getString("event_type"),
				row.getString("user_id"), Channel.valueOf(row.getString("channel")), row.getString("destination"),
				row.getString("title"), row.getString("body"), row.getInt("attempts"), row.getString("claim_token"));
	}

	private static MessageView view(ResultSet row, int rowNum) throws SQLException {
		return new MessageView(row.getString("id"), row.getString("event_id"), row.getString("event_type"),
				row.getString("user_id"), Channel.valueOf(row.getString("channel")),
				Masking.mask(row.getString("destination")), MessageStatus.valueOf(row.getString("status")),
				row.getInt("attempts"), row.getString("last_error"), row.getTimestamp("created_at").toInstant(),
				row.getTimestamp("updated_at").toInstant());
	}
}
