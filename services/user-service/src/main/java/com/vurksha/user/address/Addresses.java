package com.vurksha.user.address;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored addresses. Every query names the owner, so one user's id never reaches another user's address. */
@Repository
class Addresses {

	private static final String COLUMNS = """
			id, user_id, label, line1, line2, landmark, city, state, pincode, latitude, longitude, is_default,
			created_at, updated_at""";

	private final JdbcClient jdbc;

	Addresses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Address> page(String userId, long offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM addresses WHERE user_id = :user
				ORDER BY is_default DESC, created_at DESC, id LIMIT :limit OFFSET :offset""")
			.param("user", userId)
			.param("limit", limit)
			.param("offset", offset)
			.query(Addresses::map)
			.list();
	}

	long count(String userId) {
		return jdbc.sql("SELECT count(*) FROM addresses WHERE user_id = :user")
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	Optional<Address> find(String userId, String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM addresses WHERE user_id = :user AND id = :id")
			.param("user", userId)
			.param("id", id)
			.query(Addresses::map)
			.optional();
	}

	/** Serialises changes to one user's address book, so the count limit and the single default hold. */
	void lockOwner(String userId) {
		jdbc.sql("SELECT id FROM users WHERE id = :user FOR UPDATE").param("user", userId).query().listOfRows();
	}

	void insert(String id, String userId, AddressFields fields, boolean isDefault, Instant now) {
		jdbc.sql("""
				INSERT INTO addresses (id, user_id, label, line1, line2, landmark, city, state, pincode, latitude,
				                       longitude, is_default, created_at, updated_at)
				VALUES (:id, :user, :label, :line1, :line2, :landmark, :city, :state, :pincode, :lat, :lng, :default,
				        :now, :now)""")
			.param("id", id)
			.param("user", userId)
			.params(fieldParams(fields))
			.param("default", isDefault)
			.param("now", Timestamp.from(now))
			.update();
	}

	void update(String userId, String id, AddressFields fields, Instant now) {
		jdbc.sql("""
				UPDATE addresses SET label = :label, line1 = :line1, line2 = :line2, landmark = :landmark,
				       city = :city, state = :state, pincode = :pincode, latitude = :lat, longitude = :lng,
				       updated_at = :now
				WHERE user_id = :user AND id = :id""")
			.params(fieldParams(fields))
			.param("now", Timestamp.from(now))
			.param("user", userId)
			.param("id", id)
			.update();
	}

	/** Makes {@code id} the only default; the old default is cleared first because of the unique index. */
	void makeDefault(String userId, String id) {
		jdbc.sql("UPDATE addresses SET is_default = false WHERE user_id = :user AND is_default AND id <> :id")
			.param("user", userId)
			.param("id", id)
			.update();
		jdbc.sql("UPDATE addresses SET is_default = true WHERE user_id = :user AND id = :id")
			.param("user", userId)
			.param("id", id)
			.update();
	}

	void clearDefault(String userId) {
		jdbc.sql("UPDATE addresses SET is_default = false WHERE user_id = :user AND is_default")
			.param("user", userId)
			.update();
	}

	void delete(String userId, String id) {
		jdbc.sql("DELETE FROM addresses WHERE user_id = :user AND id = :id")
			.param("user", userId)
			.param("id", id)
			.update();
	}

	Optional<String> newest(String userId) {
		return jdbc.sql("SELECT id FROM addresses WHERE user_id = :user ORDER BY created_at DESC, id LIMIT 1")
			.param("user", userId)
			.query(String.class)
			.optional();
	}

	private static Map<String, Object> fieldParams(AddressFields fields) {
		Map<String, Object> params = new HashMap<>();
		params.put("label", fields.label());
		params.put("line1", fields.line1());
		params.put("line2", fields.line2());
		params.put("landmark", fields.landmark());
		params.put("city", fields.city());
		params.put("state", fields.state());
		params.put("pincode", fields.pincode());
		params.put("lat", fields.latitude());
		params.put("lng", fields.longitude());
		return params;
	}

	private static Address map(ResultSet rs, int row) throws SQLException {
		return new Address(rs.getString("id"), rs.getString("user_id"), rs.getString("label"), rs.getString("line1"),
				rs.getString("line2"), rs.getString("landmark"), rs.getString("city"), rs.getString("state"),
				rs.getString("pincode"), rs.getObject("latitude", Double.class),
				rs.getObject("longitude", Double.class), rs.getBoolean("is_default"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}
}
