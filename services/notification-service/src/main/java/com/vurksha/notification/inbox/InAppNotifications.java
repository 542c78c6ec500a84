package com.vurksha.notification.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.platform.api.PageQuery;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/** The notification table; every query is scoped to its owner, so someone else's notification is simply not found. */
@Repository
public class InAppNotifications {

	private static final String COLUMNS = "id, event_type, order_id, title, body, created_at, read_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	InAppNotifications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Writes the notification unless this user already has one for the event; answers whether it was written. */
	public boolean add(NewNotification notification) {
		return jdbc.sql("""
				INSERT INTO notification (id, user_id, event_id, event_type, order_id, title, body, created_at)
				VALUES (:id, :user, :event, :type, :order, :title, :body, :now)
				ON CONFLICT (event_id, user_id) DO NOTHING""")
			.param("id", "ntf_" + UUID.randomUUID())
			.param("user", notification.userId())
			.param("event", notification.eventId())
			.param("type", notification.eventType())
			.param("order", notification.orderId())
			.param("title", notification.title())
			.param("body", notification.body())
			.param("now", utc(clock.instant()))
			.update() == 1;
	}

	List<NotificationView> page(String userId, boolean unreadOnly, PageQuery page) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE user_id = :user"
				+ (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.param("user", userId)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(InAppNotifications::map)
			.list();
	}

	long count(String userId, boolean unreadOnly) {
		return jdbc.sql("SELECT count(*) FROM notification WHERE user_id = :user"
				+ (unreadOnly ? " AND read_at IS NULL" : ""))
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	/** Marks it read, keeping the first reading time; empty when the user has no such notification. */
	Optional<NotificationView> markRead(String userId, String id) {
		return jdbc.sql("UPDATE notification SET read_at = coalesce(read_at, :now) WHERE id = :id AND user_id = :user "
				+ "RETURNING " + COLUMNS)
			.param("now", utc(clock.instant()))
			.param("id", id)
			.param("user", userId)
			.query(InAppNotifications::map)
			.optional();
	}

	int markAllRead(String userId) {
		return jdbc.sql("UPDATE notification SET read_at = :now WHERE user_id = :user AND read_at IS NULL")
			.param("now", utc(clock.instant()))
			.param("user", userId)
			.update();
	}

	private static NotificationView map(ResultSet row, int rowNum) throws SQLException {
		return new NotificationView(row.getString("id"), row.getString("event_type"), row.getString("order_id"),
				row.getString("title"), row.getString("body"), instant(row.getTimestamp("created_at")),
				instant(row.getTimestamp("read_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}
}
