package com.vurksha.notification.device;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/**
 * Push tokens by user. A token names one app install, so registering a token another user had moves it: the phone
 * changed hands or accounts, and only the one signed in now should get its pushes.
 */
@Repository
public class Devices {

	private final JdbcClient jdbc;

	private final Clock clock;

	Devices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Answers true when the token was new to this user. */
	@Transactional
	boolean register(String userId, DeviceRegistration device) {
		String previousOwner = jdbc.sql("SELECT user_id FROM device WHERE token = :token FOR UPDATE")
			.param("token", device.token())
			.query(String.class)
			.optional()
			.orElse(null);
		jdbc.sql("""
				INSERT INTO device (token, user_id, platform, created_at, updated_at)
				VALUES (:token, :user, :platform, :now, :now)
				ON CONFLICT (token) DO UPDATE SET user_id = EXCLUDED.user_id, platform = EXCLUDED.platform,
				    updated_at = EXCLUDED.updated_at""")
			.param("token", device.token())
			.param("user", userId)
			.param("platform", device.platform().name())
			.param("now", utc(clock.instant()))
			.update();
		return !userId.equals(previousOwner);
	}

	void remove(String userId, String token) {
		jdbc.sql("DELETE FROM device WHERE token = :token AND user_id = :user")
			.param("token", token)
			.param("user", userId)
			.update();
	}

	/** Forgets a token the push provider called unregistered: the app was removed or the token rotated. */
	public void forget(String token) {
		jdbc.sql("DELETE FROM device WHERE token = :token").param("token", token).update();
	}

	public List<String> tokensOf(String userId) {
		return jdbc.sql("SELECT token FROM device WHERE user_id = :user ORDER BY created_at")
			.param("user", userId)
			.query(String.class)
			.list();
	}
}
