package com.vurksha.user.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All users, found by id or by the phone number they sign in with. */
@Repository
public class Users {

	private static final String COLUMNS = "id, phone, name, email, preferred_language, roles, created_at, updated_at";

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UserAccount> find(UserId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id")
			.param("id", id.value())
			.query(Users::map)
			.optional();
	}

	Optional<UserAccount> findByPhone(String phone) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE phone = :phone")
			.param("phone", phone)
			.query(Users::map)
			.optional();
	}

	/** Inserts the user unless the phone is taken; answers whether this call created it. */
	boolean insertIfAbsent(UserAccount user) {
		return jdbc.sql("""
				INSERT INTO users (id, phone, name, email, preferred_language, roles, created_at, updated_at)
				VALUES (:id, :phone, NULL, NULL, :language, string_to_array(:roles, ','), :now, :now)
				ON CONFLICT (phone) DO NOTHING""")
			.param("id", user.id().value())
			.param("phone", user.phone())
			.param("language", user.preferredLanguage().code())
			.param("roles", String.join(",", user.roles()))
			.param("now", Timestamp.from(user.createdAt()))
			.update() == 1;
	}

	void updateProfile(UserId id, String name, String email, Language language, Instant now) {
		jdbc.sql("""
				UPDATE users SET name = :name, email = :email, preferred_language = :language, updated_at = :now
				WHERE id = :id""")
			.param("name", name)
			.param("email", email)
			.param("language", language.code())
			.param("now", Timestamp.from(now))
			.param("id", id.value())
			.update();
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		Array roles = rs.getArray("roles");
		return new UserAccount(new UserId(rs.getString("id")), rs.getString("phone"), rs.getString("name"),
				rs.getString("email"), Language.fromCode(rs.getString("preferred_language")),
				List.copyOf(Arrays.asList((String[]) roles.getArray())), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}
}
