package com.vurksha.delivery.slot;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/** Generated slots and their booked counts; the counts change only through the two guarded updates here. */
@Repository
public class Slots {

	private static final String COLUMNS = "id, zone_id, delivery_date, starts_at, ends_at, capacity, booked, "
			+ "cutoff_minutes";

	private static final RowMapper<Slot> SLOT = (rs, row) -> new Slot(rs.getString("id"), rs.getString("zone_id"),
			rs.getObject("delivery_date", LocalDate.class), instant(rs.getTimestamp("starts_at")),
			instant(rs.getTimestamp("ends_at")), rs.getInt("capacity"), rs.getInt("booked"),
			rs.getInt("cutoff_minutes"));

	private final JdbcClient jdbc;

	Slots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Slot> find(String slotId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM slot WHERE id = :id").param("id", slotId).query(SLOT).optional();
	}

	List<Slot> ofZoneOn(String zoneId, LocalDate date) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM slot WHERE zone_id = :zone AND delivery_date = :date "
				+ "ORDER BY starts_at, id").param("zone", zoneId).param("date", date).query(SLOT).list();
	}

	/**
	 * Takes one place in one statement: the row lock serialises concurrent takers and each re-checks the condition
	 * against the committed count, so {@code booked} can never pass {@code capacity}.
	 * @return false when the slot is full or its cutoff has passed
	 */
	public boolean take(String slotId, Instant now) {
		return jdbc.sql("""
				UPDATE slot SET booked = booked + 1
				WHERE id = :id AND booked < capacity AND starts_at - make_interval(mins => cutoff_minutes) > :now""")
			.param("id", slotId)
			.param("now", utc(now))
			.update() == 1;
	}

	/** Gives a place back; the caller makes sure each booking does so once. */
	public void giveBack(String slotId) {
		jdbc.sql("UPDATE slot SET booked = booked - 1 WHERE id = :id AND booked > 0").param("id", slotId).update();
	}

	/** Adds a planned slot unless its template already has one that day. */
	boolean add(PlannedSlot slot) {
		return jdbc.sql("""
				INSERT INTO slot (id, zone_id, template_id, delivery_date, starts_at, ends_at, capacity, cutoff_minutes)
				VALUES (:id, :zone, :template, :date, :startsAt, :endsAt, :capacity, :cutoff)
				ON CONFLICT (template_id, delivery_date) DO NOTHING""")
			.param("id", UUID.randomUUID().toString())
			.param("zone", slot.zoneId())
			.param("template", slot.templateId())
			.param("date", slot.date())
			.param("startsAt", utc(slot.startsAt()))
			.param("endsAt", utc(slot.endsAt()))
			.param("capacity", slot.capacity())
			.param("cutoff", slot.cutoffMinutes())
			.update() == 1;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}
}
