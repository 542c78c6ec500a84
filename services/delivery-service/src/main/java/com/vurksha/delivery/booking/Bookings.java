package com.vurksha.delivery.booking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/** Slot bookings by booking id (the order id). */
@Repository
class Bookings {

	private static final RowMapper<SlotBooking> BOOKING = (rs, row) -> new SlotBooking(rs.getString("booking_id"),
			rs.getString("slot_id"), rs.getString("pincode"), BookingStatus.valueOf(rs.getString("status")),
			instant(rs.getTimestamp("held_until")), rs.getString("release_reason"));

	private static final String SELECT = "SELECT booking_id, slot_id, pincode, status, held_until, release_reason "
			+ "FROM slot_booking WHERE booking_id = :id";

	private final JdbcClient jdbc;

	Bookings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SlotBooking> find(String bookingId) {
		return jdbc.sql(SELECT).param("id", bookingId).query(BOOKING).optional();
	}

	/** Locks the booking until the transaction ends, so a release, a confirmation and the expiry job take turns. */
	Optional<SlotBooking> lock(String bookingId) {
		return jdbc.sql(SELECT + " FOR UPDATE").param("id", bookingId).query(BOOKING).optional();
	}

	/**
	 * Inserts a booking unless one with its id exists; a concurrent insert of the same id waits for the first to
	 * commit or roll back.
	 * @return false when the id was taken
	 */
	boolean insert(SlotBooking booking, Instant now) {
		return jdbc.sql("""
				INSERT INTO slot_booking (booking_id, slot_id, pincode, status, held_until, release_reason,
				                          created_at, updated_at)
				VALUES (:id, :slot, :pincode, :status, :heldUntil, :reason, :now, :now)
				ON CONFLICT (booking_id) DO NOTHING""")
			.param("id", booking.bookingId())
			.param("slot", booking.slotId())
			.param("pincode", booking.pincode())
			.param("status", booking.status().name())
			.param("heldUntil", (booking.heldUntil() != null) ? utc(booking.heldUntil()) : null)
			.param("reason", booking.releaseReason())
			.param("now", utc(now))
			.update() == 1;
	}

	void update(SlotBooking booking, Instant now) {
		jdbc.sql("""
				UPDATE slot_booking SET status = :status, held_until = :heldUntil, release_reason = :reason,
				       updated_at = :now
				WHERE booking_id = :id""")
			.param("id", booking.bookingId())
			.param("status", booking.status().name())
			.param("heldUntil", (booking.heldUntil() != null) ? utc(booking.heldUntil()) : null)
			.param("reason", booking.releaseReason())
			.param("now", utc(now))
			.update();
	}

	/** HELD bookings past their time, locked; rows another transaction holds are skipped and picked up next run. */
	List<String> lockHeldPast(Instant now, int limit) {
		return jdbc.sql("""
				SELECT booking_id FROM slot_booking WHERE status = 'HELD' AND held_until <= :now
				ORDER BY held_until LIMIT :limit FOR UPDATE SKIP LOCKED""")
			.param("now", utc(now))
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}
}
