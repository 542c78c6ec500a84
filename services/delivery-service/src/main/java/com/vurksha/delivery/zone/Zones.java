package com.vurksha.delivery.zone;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The zones and the pincodes each serves. */
@Repository
public class Zones {

	private static final String COLUMNS = "z.id, z.name, z.hub, z.delivery_fee, z.free_delivery_threshold, "
			+ "z.minimum_order_value";

	private static final RowMapper<Zone> ZONE = (rs, row) -> new Zone(rs.getString("id"), rs.getString("name"),
			rs.getString("hub"), rs.getLong("delivery_fee"), rs.getLong("free_delivery_threshold"),
			rs.getLong("minimum_order_value"));

	private final JdbcClient jdbc;

	Zones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The zone that delivers to a pincode, if any does. */
	public Optional<Zone> serving(String pincode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM zone z JOIN zone_pincode p ON p.zone_id = z.id "
				+ "WHERE p.pincode = :pincode").param("pincode", pincode).query(ZONE).optional();
	}

	public Optional<Zone> find(String zoneId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM zone z WHERE z.id = :id").param("id", zoneId).query(ZONE).optional();
	}

	List<Zone> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM zone z ORDER BY z.name").query(ZONE).list();
	}

	List<String> pincodes(String zoneId) {
		return jdbc.sql("SELECT pincode FROM zone_pincode WHERE zone_id = :id ORDER BY pincode")
			.param("id", zoneId)
			.query(String.class)
			.list();
	}

	boolean nameTaken(String name) {
		return jdbc.sql("SELECT count(*) FROM zone WHERE lower(name) = lower(:name)")
			.param("name", name)
			.query(Integer.class)
			.single() > 0;
	}

	void insert(Zone zone) {
		jdbc.sql("""
				INSERT INTO zone (id, name, hub, delivery_fee, free_delivery_threshold, minimum_order_value)
				VALUES (:id, :name, :hub, :fee, :threshold, :minimum)""")
			.param("id", zone.id())
			.param("name", zone.name())
			.param("hub", zone.hub())
			.param("fee", zone.deliveryFee())
			.param("threshold", zone.freeDeliveryThreshold())
			.param("minimum", zone.minimumOrderValue())
			.update();
	}

	/** Locks the zone until the transaction ends. */
	Optional<Zone> lock(String zoneId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM zone z WHERE z.id = :id FOR UPDATE")
			.param("id", zoneId)
			.query(ZONE)
			.optional();
	}

	void update(Zone zone) {
		jdbc.sql("""
				UPDATE zone SET hub = :hub, delivery_fee = :fee, free_delivery_threshold = :threshold,
				       minimum_order_value = :minimum
				WHERE id = :id""")
			.param("id", zone.id())
			.param("hub", zone.hub())
			.param("fee", zone.deliveryFee())
			.param("threshold", zone.freeDeliveryThreshold())
			.param("minimum", zone.minimumOrderValue())
			.update();
	}

	/** Locks the pincode rows that exist, so two operators cannot hand one pincode to two zones. */
	List<PincodeOwner> owners(List<String> pincodes) {
		return jdbc.sql("SELECT pincode, zone_id FROM zone_pincode WHERE pincode IN (:pincodes) FOR UPDATE")
			.param("pincodes", pincodes)
			.query((rs, row) -> new PincodeOwner(rs.getString("pincode"), rs.getString("zone_id")))
			.list();
	}

	void addPincode(String zoneId, String pincode) {
		jdbc.sql("INSERT INTO zone_pincode (pincode, zone_id) VALUES (:pincode, :zone) ON CONFLICT (pincode) DO NOTHING")
			.param("pincode", pincode)
			.param("zone", zoneId)
			.update();
	}

	record PincodeOwner(String pincode, String zoneId) {
	}
}
