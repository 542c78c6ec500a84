package com.vurksha.notification.recipient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/**
 * The recipients table. Registration and profile events may arrive in either order, so a registration only fills
 * the phone of a row a profile update already wrote, and a profile update overwrites everything it carries, but only
 * when it was made after the profile the row holds ({@code profile_updated_at}); an update without a time (from a
 * producer before {@code updatedAt} existed) is applied only while no timed one has been.
 */
@Repository
public class Recipients {

	private final JdbcClient jdbc;

	private final Clock clock;

	Recipients(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Recipient find(String userId) {
		return jdbc.sql("SELECT user_id, phone, name, email, language FROM recipient WHERE user_id = :id")
			.param("id", userId)
			.query(Recipients::map)
			.optional()
			.orElseGet(() -> Recipient.unknown(userId));
	}

	void registered(String userId, String phone) {
		jdbc.sql("""
				INSERT INTO recipient (user_id, phone, language, updated_at) VALUES (:id, :phone, 'en', :now)
				ON CONFLICT (user_id) DO UPDATE SET phone = coalesce(recipient.phone, EXCLUDED.phone)""")
			.param("id", userId)
			.param("phone", phone)
			.param("now", utc(clock.instant()))
			.update();
	}

	/** Applies the profile changed at {@code changedAt} (may be null) unless a newer one is stored already. */
	void profileUpdated(Recipient profile, Instant changedAt) {
		jdbc.sql("""
				INSERT INTO recipient (user_id, phone, name, email, language, updated_at, profile_updated_at)
				VALUES (:id, :phone, :name, :email, :language, :now, :changedAt)
				ON CONFLICT (user_id) DO UPDATE SET phone = coalesce(EXCLUDED.phone, recipient.phone),
				    name = EXCLUDED.name, email = EXCLUDED.email, language = EXCLUDED.language,
				    updated_at = EXCLUDED.updated_at, profile_updated_at = EXCLUDED.profile_updated_at
				WHERE recipient.profile_updated_at IS NULL
				   OR EXCLUDED.profile_updated_at > recipient.profile_updated_at""")
			.param("id", profile.userId())
			.param("phone", profile.phone())
			.param("name", profile.name())
			.param("email", profile.email())
			.param("language", profile.language().code())
			.param("now", utc(clock.instant()))
			.param("changedAt", (changedAt != null) ? utc(changedAt) : null)
			.update();
	}

	private static Recipient map(ResultSet row, int rowNum) throws SQLException {
		return new Recipient(row.getString("user_id"), row.getString("phone"), row.getString("name"),
				row.getString("email"), Language.of(row.getString("language")));
	}
}
