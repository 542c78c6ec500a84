package com.vurksha.delivery.rider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/**
 * The riders and their load. The load only rises through {@link #take}, a conditional UPDATE that can never pass
 * capacity however many assignments race for the same rider.
 */
@Repository
public class Riders {

	static final String COLUMNS = "id, phone, user_id, name, zone_id, shift_start, shift_end, capacity, active, "
			+ "open_count, last_assigned_at, created_at";

	private final JdbcClient jdbc;

	Riders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Rider> find(String riderId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM rider WHERE id = :id").param("id", riderId).query(Riders::map)
			.optional();
	}

	/** The rider bound to a user account, which is how a rider's token finds its rider record. */
	public Optional<Rider> byUser(String userId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM rider WHERE user_id = :user").param("user", userId)
			.query(Riders::map)
			.optional();
	}

	/**
	 * Adds one delivery to the rider's load unless that would pass capacity or the rider is inactive; the row lock
	 * the UPDATE takes is held until the caller's transaction ends.
	 * @return whether the rider took it
	 */
	public boolean take(String riderId, Instant now) {
		return jdbc.sql("""
				UPDATE rider SET open_count = open_count + 1, last_assigned_at = :now
				WHERE id = :id AND active AND user_id IS NOT NULL AND open_count < capacity""")
			.param("id", riderId)
			.param("now", utc(now))
			.update() == 1;
	}

	/** Takes one delivery off the rider's load (it ended or went to someone else). */
	public void release(String riderId) {
		jdbc.sql("UPDATE rider SET open_count = GREATEST(open_count - 1, 0) WHERE id = :id")
			.param("id", riderId)
			.update();
	}

	/**
	 * Riders of the zone who could take another delivery and were not excluded from this one: active, bound to a
	 * user and below capacity. Whether they are on shift is for the caller's clock to say.
	 */
	public List<Rider> candidates(String zoneId, String deliveryId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM rider r WHERE zone_id = :zone AND active AND user_id IS NOT NULL "
				+ "AND open_count < capacity AND NOT EXISTS (SELECT 1 FROM delivery_rider_exclusion e "
				+ "WHERE e.delivery_id = :delivery AND e.rider_id = r.id)")
			.param("zone", zoneId)
			.param("delivery", deliveryId)
			.query(Riders::map)
			.list();
	}

	List<Rider> page(String zoneId, int limit, long offset) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM rider WHERE (:zone::text IS NULL OR zone_id = :zone) "
				+ "ORDER BY name, id LIMIT :limit OFFSET :offset")
			.param("zone", zoneId)
			.param("limit", limit)
			.param("offset", offset)
			.query(Riders::map)
			.list();
	}

	long count(String zoneId) {
		return jdbc.sql("SELECT count(*) FROM rider WHERE (:zone::text IS NULL OR zone_id = :zone)")
			.param("zone", zoneId)
			.query(Long.class)
			.single();
	}

	boolean phoneTaken(String phone) {
		return jdbc.sql("SELECT count(*) FROM rider WHERE phone = :phone").param("phone", phone)
			.query(Integer.class)
			.single() > 0;
	}

	boolean userTaken(String userId, String exceptRiderId) {
		return jdbc.sql("SELECT count(*) FROM rider WHERE user_id = :user AND id <> :except")
			.param("user", userId)
			.param("except", exceptRiderId)
			.query(Integer.class)
			.single() > 0;
	}

	Optional<Rider> lock(String riderId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM rider WHERE id = :id FOR UPDATE").param("id", riderId)
			.query(Riders::map)
			.optional();
	}

	void insert(Rider rider) {
		jdbc.sql("""
				INSERT INTO rider (id, phone, user_id, name, zone_id, shift_start, shift_end, capacity, active,
				                   created_at)
				VALUES (:id, :phone, :user, :name, :zone, :start, :end, :capacity, :active, :createdAt)""")
			.param("id", rider.id())
			.param("phone", rider.phone())
			.param("user", rider.userId())
			.param("name", rider.name())
			.param("zone", rider.zoneId())
			.param("start", rider.shiftStart())
			.param("end", rider.shiftEnd())
			.param("capacity", rider.capacity())
			.param("active", rider.active())
			.param("createdAt", utc(rider.createdAt()))
			.update();
	}

	void update(Rider rider) {
		jdbc.sql("""
				UPDATE rider SET user_id = :user, name = :name, zone_id = :zone, shift_start = :start,
				       shift_end = :end, capacity = :capacity, active = :active
				WHERE id = :id""")
			.param("id", rider.id())
			.param("user", rider.userId())
			.param("name", rider.name())
			.param("zone", rider.zoneId())
			.param("start", rider.shiftStart())
			.param("end", rider.shiftEnd())
			.param("capacity", rider.capacity())
			.param("active", rider.active())
			.update();
	}

	static Rider map(ResultSet rs, int row) throws SQLException {
		return new Rider(rs.getString("id"), rs.getString("phone"), rs.getString("user_id"), rs.getString("name"),
				rs.getString("zone_id"), rs.getTime("shift_start").toLocalTime(),
				rs.getTime("shift_end").toLocalTime(), rs.getInt("capacity"), rs.getBoolean("active"),
				rs.getInt("open_count"), instant(rs.getTimestamp("last_assigned_at")),
				instant(rs.getTimestamp("created_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}
}
