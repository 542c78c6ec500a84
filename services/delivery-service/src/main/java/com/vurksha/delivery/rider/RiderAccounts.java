package com.vurksha.delivery.rider;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Phones the user service registered with the RIDER role. Kept apart from riders so that a sign-up that comes
 * before the operator creates the rider is not lost: the rider binds at creation.
 */
@Repository
class RiderAccounts {

	private final JdbcClient jdbc;

	RiderAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void remember(String phone, String userId) {
		jdbc.sql("INSERT INTO rider_account (phone, user_id) VALUES (:phone, :user) "
				+ "ON CONFLICT (phone) DO UPDATE SET user_id = EXCLUDED.user_id")
			.param("phone", phone)
			.param("user", userId)
			.update();
	}

	Optional<String> userOf(String phone) {
		return jdbc.sql("SELECT user_id FROM rider_account WHERE phone = :phone").param("phone", phone)
			.query(String.class)
			.optional();
	}

	/**
	 * Binds the unbound rider with this phone to the user, unless another rider already holds that user.
	 * @return whether a rider was bound
	 */
	boolean bind(String phone, String userId) {
		return jdbc.sql("""
				UPDATE rider SET user_id = :user WHERE phone = :phone AND user_id IS NULL
				AND NOT EXISTS (SELECT 1 FROM rider WHERE user_id = :user)""")
			.param("phone", phone)
			.param("user", userId)
			.update() == 1;
	}
}
