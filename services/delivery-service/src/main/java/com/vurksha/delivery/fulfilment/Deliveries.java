package com.vurksha.delivery.fulfilment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.delivery.events.FailureReason;
import com.vurksha.delivery.events.FollowUp;
import com.vurksha.delivery.location.GeoPoint;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/**
 * The deliveries. Every write is conditional on the status the writer read under its row lock, so a change made
 * from a stale read affects nothing and fails loudly instead of overwriting another.
 */
@Repository
public class Deliveries {

	private static final String COLUMNS = "id, order_id, order_number, customer_id, zone_id, slot_id, slot_start, "
			+ "slot_end, address, amount_to_collect, status, attempt, rider_id, assigned_at, otp_generation, "
			+ "otp_failures, last_latitude, last_longitude, last_location_at, eta_minutes, eta_at, arriving_soon_attempt, "
			+ "arrived_attempt, failure_reason, failure_note, follow_up, proof_file_id, delivered_at, created_at";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Deliveries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<Delivery> find(String deliveryId) {
		return one("WHERE id = :id", deliveryId, "");
	}

	public Optional<Delivery> findByOrder(String orderId) {
		return one("WHERE order_id = :id", orderId, "");
	}

	/** Locks the delivery until the transaction ends; every state change goes through this lock. */
	public Optional<Delivery> lock(String deliveryId) {
		return one("WHERE id = :id", deliveryId, " FOR UPDATE");
	}

	Optional<Delivery> lockByOrder(String orderId) {
		return one("WHERE order_id = :id", orderId, " FOR UPDATE");
	}

	/**
	 * UNASSIGNED deliveries, least recently tried first (never tried before all, then longest waiting), so those no
	 * rider can take go to the back instead of filling every batch; each is locked and checked again before it is
	 * assigned.
	 */
	public List<String> waiting(int limit) {
		return ids("SELECT id FROM delivery WHERE status = 'UNASSIGNED' "
				+ "ORDER BY assignment_tried_at NULLS FIRST, updated_at, id LIMIT :limit", limit, null);
	}

	/** Notes that an assignment found no rider for the (locked, UNASSIGNED) delivery; see {@link #waiting}. */
	void markAssignmentTried(String deliveryId, Instant now) {
		jdbc.sql("UPDATE delivery SET assignment_tried_at = :now WHERE id = :id AND status = 'UNASSIGNED'")
			.param("id", deliveryId)
			.param("now", utc(now))
			.update();
	}

	/** ASSIGNED deliveries the rider has not accepted since {@code before}, oldest first. */
	public List<String> assignedBefore(Instant before, int limit) {
		return ids("SELECT id FROM delivery WHERE status = 'ASSIGNED' AND assigned_at <= :before "
				+ "ORDER BY assigned_at LIMIT :limit", limit, before);
	}

	List<Delivery> openFor(String riderId, int limit, long offset) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM delivery WHERE rider_id = :rider AND status IN ('ASSIGNED', "
				+ "'ACCEPTED', 'PICKED_UP', 'EN_ROUTE', 'ARRIVED') ORDER BY slot_start NULLS LAST, created_at, id "
				+ "LIMIT :limit OFFSET :offset")
			.param("rider", riderId)
			.param("limit", limit)
			.param("offset", offset)
			.query(this::map)
			.list();
	}

	long countOpenFor(String riderId) {
		return jdbc.sql("SELECT count(*) FROM delivery WHERE rider_id = :rider AND status IN ('ASSIGNED', "
				+ "'ACCEPTED', 'PICKED_UP', 'EN_ROUTE', 'ARRIVED')").param("rider", riderId).query(Long.class).single();
	}

	List<Delivery> withStatus(String status, int limit, long offset) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM delivery WHERE (:status::text IS NULL OR status = :status) "
				+ "ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
			.param("status", status)
			.param("limit", limit)
			.param("offset", offset)
			.query(this::map)
			.list();
	}

	long countWithStatus(String status) {
		return jdbc.sql("SELECT count(*) FROM delivery WHERE (:status::text IS NULL OR status = :status)")
			.param("status", status)
			.query(Long.class)
			.single();
	}

	/** @return false when a delivery for the order exists already (a repeated packed event) */
	boolean insert(Delivery delivery, Instant now) {
		OrderDetails order = delivery.order();
		return jdbc.sql("""
				INSERT INTO delivery (id, order_id, order_number, customer_id, zone_id, slot_id, slot_start, slot_end,
				                      address, latitude, longitude, amount_to_collect, status, attempt,
				                      otp_generation, created_at, updated_at)
				VALUES (:id, :order, :number, :customer, :zone, :slot, :slotStart, :slotEnd, CAST(:address AS jsonb),
				        :lat, :lng, :amount, :status, :attempt, :otpGeneration, :now, :now)
				ON CONFLICT (order_id) DO NOTHING""")
			.param("id", delivery.id())
			.param("order", order.orderId())
			.param("number", order.orderNumber())
			.param("customer", order.customerId())
			.param("zone", order.zoneId())
			.param("slot", order.slotId())
			.param("slotStart", timestamp(order.slotStart()))
			.param("slotEnd", timestamp(order.slotEnd()))
			.param("address", json.writeValueAsString(order.address()))
			.param("lat", (order.destination() != null) ? order.destination().latitude() : null)
			.param("lng", (order.destination() != null) ? order.destination().longitude() : null)
			.param("amount", order.amountToCollect())
			.param("status", delivery.status().name())
			.param("attempt", delivery.attempt())
			.param("otpGeneration", delivery.otpGeneration())
			.param("now", utc(now))
			.update() == 1;
	}

	/**
	 * Writes the delivery's state if it still has the status it was read with.
	 * @return false when another transaction changed it meanwhile
	 */
	public boolean update(Delivery delivery, DeliveryStatus readWith, Instant now) {
		Delivery.Tracking tracking = delivery.tracking();
		Delivery.Outcome outcome = delivery.outcome();
		GeoPoint last = tracking.lastLocation();
		return jdbc.sql("""
				UPDATE delivery SET status = :status, attempt = :attempt, rider_id = :rider, assigned_at = :assignedAt,
				       otp_generation = :otpGeneration, otp_failures = :otpFailures, last_latitude = :lastLat,
				       last_longitude = :lastLng, last_location_at = :lastAt, eta_minutes = :eta, eta_at = :etaAt,
				       arriving_soon_attempt = :soon, arrived_attempt = :arrived, failure_reason = :reason,
				       failure_note = :note, follow_up = :followUp, proof_file_id = :proof, delivered_at = :deliveredAt,
				       updated_at = :now,
				       assignment_tried_at = CASE WHEN :status = :readWith THEN assignment_tried_at END
				WHERE id = :id AND status = :readWith""")
			.param("id", delivery.id())
			.param("readWith", readWith.name())
			.param("status", delivery.status().name())
			.param("attempt", delivery.attempt())
			.param("rider", delivery.riderId())
			.param("assignedAt", timestamp(delivery.assignedAt()))
			.param("otpGeneration", delivery.otpGeneration())
			.param("otpFailures", delivery.otpFailures())
			.param("lastLat", (last != null) ? last.latitude() : null)
			.param("lastLng", (last != null) ? last.longitude() : null)
			.param("lastAt", timestamp(tracking.lastLocationAt()))
			.param("eta", tracking.etaMinutes())
			.param("etaAt", timestamp(tracking.etaAt()))
			.param("soon", tracking.arrivingSoonAttempt())
			.param("arrived", tracking.arrivedAttempt())
			.param("reason", (outcome.failureReason() != null) ? outcome.failureReason().name() : null)
			.param("note", outcome.failureNote())
			.param("followUp", (outcome.followUp() != null) ? outcome.followUp().name() : null)
			.param("proof", outcome.proofFileId())
			.param("deliveredAt", timestamp(outcome.deliveredAt()))
			.param("now", utc(now))
			.update() == 1;
	}

	/** Keeps a rider who rejected or let time out this attempt from being offered it again. */
	public void exclude(String deliveryId, String riderId) {
		jdbc.sql("INSERT INTO delivery_rider_exclusion (delivery_id, rider_id) VALUES (:delivery, :rider) "
				+ "ON CONFLICT DO NOTHING").param("delivery", deliveryId).param("rider", riderId).update();
	}

	void clearExclusions(String deliveryId) {
		jdbc.sql("DELETE FROM delivery_rider_exclusion WHERE delivery_id = :delivery")
			.param("delivery", deliveryId)
			.update();
	}

	private Optional<Delivery> one(String where, String id, String suffix) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM delivery " + where + suffix).param("id", id).query(this::map)
			.optional();
	}

	private List<String> ids(String sql, int limit, Instant before) {
		var statement = jdbc.sql(sql).param("limit", limit);
		if (before != null) {
			statement = statement.param("before", utc(before));
		}
		return statement.query(String.class).list();
	}

	private Delivery map(ResultSet rs, int row) throws SQLException {
		OrderDetails order = new OrderDetails(rs.getString("order_id"), rs.getString("order_number"),
				rs.getString("customer_id"), rs.getString("zone_id"), rs.getString("slot_id"),
				instant(rs.getTimestamp("slot_start")), instant(rs.getTimestamp("slot_end")),
				json.readValue(rs.getString("address"), DeliveryAddress.class), rs.getLong("amount_to_collect"));
		Delivery.Tracking tracking = new Delivery.Tracking(
				GeoPoint.ofNullable(number(rs, "last_latitude"), number(rs, "last_longitude")),
				instant(rs.getTimestamp("last_location_at")), (Integer) rs.getObject("eta_minutes"),
				instant(rs.getTimestamp("eta_at")),
				rs.getInt("arriving_soon_attempt"), rs.getInt("arrived_attempt"));
		String reason = rs.getString("failure_reason");
		String followUp = rs.getString("follow_up");
		Delivery.Outcome outcome = new Delivery.Outcome((reason != null) ? FailureReason.valueOf(reason) : null,
				rs.getString("failure_note"), (followUp != null) ? FollowUp.valueOf(followUp) : null,
				rs.getString("proof_file_id"), instant(rs.getTimestamp("delivered_at")));
		return new Delivery(rs.getString("id"), order, instant(rs.getTimestamp("created_at")),
				DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempt"), rs.getString("rider_id"),
				instant(rs.getTimestamp("assigned_at")), rs.getInt("otp_generation"), rs.getInt("otp_failures"),
				tracking, outcome);
	}

	private static Double number(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Object timestamp(Instant instant) {
		return (instant != null) ? utc(instant) : null;
	}
}
