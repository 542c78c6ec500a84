package com.vurksha.notification.preference;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/** Stored preferences; a user who never chose has no row and gets every channel. */
@Repository
public class UserPreferences {

	private final JdbcClient jdbc;

	private final Clock clock;

	UserPreferences(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Preferences of(String userId) {
		return jdbc.sql("SELECT push, sms, email FROM preference WHERE user_id = :user")
			.param("user", userId)
			.query((row, n) -> new Preferences(row.getBoolean("push"), row.getBoolean("sms"), row.getBoolean("email")))
			.optional()
			.orElseGet(Preferences::allOn);
	}

	Preferences save(String userId, Preferences choice) {
		jdbc.sql("""
				INSERT INTO preference (user_id, push, sms, email, updated_at) VALUES (:user, :push, :sms, :email, :now)
				ON CONFLICT (user_id) DO UPDATE SET push = EXCLUDED.push, sms = EXCLUDED.sms, email = EXCLUDED.email,
				    updated_at = EXCLUDED.updated_at""")
			.param("user", userId)
			.param("push", choice.push())
			.param("sms", choice.sms())
			.param("email", choice.email())
			.param("now", utc(clock.instant()))
			.update();
		return choice;
	}
}
