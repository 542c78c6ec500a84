package com.vurksha.delivery.slot;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The weekly slot templates of every zone. */
@Repository
class SlotTemplates {

	private static final String COLUMNS = "id, zone_id, weekday, start_time, end_time, capacity, cutoff_minutes";

	private static final RowMapper<SlotTemplate> TEMPLATE = (rs, row) -> new SlotTemplate(rs.getString("id"),
			rs.getString("zone_id"), DayOfWeek.of(rs.getInt("weekday")), rs.getObject("start_time", LocalTime.class),
			rs.getObject("end_time", LocalTime.class), rs.getInt("capacity"), rs.getInt("cutoff_minutes"));

	private final JdbcClient jdbc;

	SlotTemplates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SlotTemplate> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM slot_template").query(TEMPLATE).list();
	}

	List<SlotTemplate> ofZone(String zoneId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM slot_template WHERE zone_id = :zone ORDER BY weekday, start_time")
			.param("zone", zoneId)
			.query(TEMPLATE)
			.list();
	}

	/** True when another template of the zone on that weekday overlaps the window. */
	boolean overlaps(String zoneId, DayOfWeek weekday, LocalTime start, LocalTime end) {
		return jdbc.sql("""
				SELECT count(*) FROM slot_template
				WHERE zone_id = :zone AND weekday = :weekday AND start_time < :end AND end_time > :start""")
			.param("zone", zoneId)
			.param("weekday", weekday.getValue())
			.param("start", start)
			.param("end", end)
			.query(Integer.class)
			.single() > 0;
	}

	void insert(SlotTemplate template) {
		jdbc.sql("""
				INSERT INTO slot_template (id, zone_id, weekday, start_time, end_time, capacity, cutoff_minutes)
				VALUES (:id, :zone, :weekday, :start, :end, :capacity, :cutoff)""")
			.param("id", template.id())
			.param("zone", template.zoneId())
			.param("weekday", template.weekday().getValue())
			.param("start", template.start())
			.param("end", template.end())
			.param("capacity", template.capacity())
			.param("cutoff", template.cutoffMinutes())
			.update();
	}
}
