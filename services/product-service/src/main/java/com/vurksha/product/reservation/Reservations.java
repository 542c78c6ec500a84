package com.vurksha.product.reservation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.product.catalog.Unit;

/** Reservation headers and lines, and the catalogue rows a reservation snapshots. */
@Repository
class Reservations {

	private final JdbcClient jdbc;

	Reservations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the reservation id. A concurrent claim of the same id waits on the unique index until the first
	 * transaction ends, so exactly one request reserves and the others find its result.
	 * @return false when a reservation with this id already exists
	 */
	boolean claim(String id, Instant expiresAt, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO stock_reservation (id, status, expires_at, created_by, created_at, updated_at)
				VALUES (:id, 'RESERVED', :expiresAt, :actor, :now, :now)
				ON CONFLICT (id) DO NOTHING""")
			.param("id", id)
			.param("expiresAt", Timestamp.from(expiresAt))
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void addLines(String id, List<ReservedLine> lines) {
		for (ReservedLine line : lines) {
			jdbc.sql("""
					INSERT INTO stock_reservation_line (reservation_id, variant_id, quantity, product_id, product_name,
					    product_name_hi, variant_label, unit, unit_value, farm_id, farm_name, price_paise, mrp_paise,
					    gst_rate_bp, hsn_code)
					VALUES (:id, :variantId, :quantity, :productId, :productName, :productNameHi, :label, :unit,
					    :unitValue, :farmId, :farmName, :price, :mrp, :gst, :hsn)""")
				.param("id", id)
				.param("variantId", line.variantId())
				.param("quantity", line.quantity())
				.param("productId", line.productId())
				.param("productName", line.productName())
				.param("productNameHi", line.productNameHi())
				.param("label", line.variantLabel())
				.param("unit", line.unit())
				.param("unitValue", line.unitValue())
				.param("farmId", line.farmId())
				.param("farmName", line.farmName())
				.param("price", line.price())
				.param("mrp", line.mrp())
				.param("gst", line.gstRateBp())
				.param("hsn", line.hsnCode())
				.update();
		}
	}

	Optional<Reservation> find(String id) {
		return header(id, "");
	}

	/** Reads the reservation and locks its header, so status changes of one reservation run one after another. */
	Optional<Reservation> lock(String id) {
		return header(id, " FOR UPDATE");
	}

	void changeStatus(String id, ReservationStatus status, Instant now) {
		jdbc.sql("UPDATE stock_reservation SET status = :status, updated_at = :now WHERE id = :id")
			.param("id", id)
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Ids of RESERVED reservations whose hold ran out before {@code now}, oldest first. */
	List<String> expiredBefore(Instant now, int limit) {
		return jdbc.sql("""
				SELECT id FROM stock_reservation WHERE status = 'RESERVED' AND expires_at <= :now
				ORDER BY expires_at LIMIT :limit""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/** The variants among {@code ids} that exist, with what a reserved line snapshots. */
	Map<String, Sellable> sellables(List<String> ids) {
		return jdbc.sql("""
				SELECT v.id, v.product_id, p.name, p.name_hi, v.unit, v.unit_value, f.id AS farm_id, f.name AS farm_name,
				       v.price_paise, v.mrp_paise, p.gst_rate_bp, p.hsn_code, v.min_quantity, v.step_quantity,
				       v.max_per_order, v.active AND p.active AS active
				FROM variant v JOIN product p ON p.id = v.product_id
				JOIN farm f ON f.id = coalesce(v.farm_id, p.farm_id)
				WHERE v.id = ANY(:ids)""")
			.param("ids", ids.toArray(String[]::new))
			.query((rs, row) -> sellable(rs))
			.list()
			.stream()
			.collect(Collectors.toMap(Sellable::variantId, Function.identity()));
	}

	private Optional<Reservation> header(String id, String lock) {
		return jdbc.sql("SELECT id, status, expires_at FROM stock_reservation WHERE id = :id" + lock)
			.param("id", id)
			.query((rs, row) -> new Reservation(rs.getString("id"), ReservationStatus.valueOf(rs.getString("status")),
					rs.getTimestamp("expires_at").toInstant(), List.of()))
			.optional()
			.map(header -> new Reservation(header.id(), header.status(), header.expiresAt(), lines(id)));
	}

	private List<ReservedLine> lines(String id) {
		return jdbc.sql("""
				SELECT * FROM stock_reservation_line WHERE reservation_id = :id ORDER BY variant_id""")
			.param("id", id)
			.query((rs, row) -> new ReservedLine(rs.getString("variant_id"), rs.getString("product_id"),
					rs.getString("product_name"), rs.getString("product_name_hi"), rs.getString("variant_label"),
					rs.getString("unit"), rs.getInt("unit_value"), rs.getString("farm_id"), rs.getString("farm_name"),
					rs.getLong("price_paise"), rs.getLong("mrp_paise"), rs.getInt("gst_rate_bp"),
					rs.getString("hsn_code"), rs.getInt("quantity")))
			.list();
	}

	private static Sellable sellable(ResultSet rs) throws SQLException {
		return new Sellable(rs.getString("id"), rs.getString("product_id"), rs.getString("name"),
				rs.getString("name_hi"), Unit.valueOf(rs.getString("unit")), rs.getInt("unit_value"),
				rs.getString("farm_id"), rs.getString("farm_name"), rs.getLong("price_paise"), rs.getLong("mrp_paise"),
				rs.getInt("gst_rate_bp"), rs.getString("hsn_code"),
				new PackQuantity(rs.getInt("min_quantity"), rs.getInt("step_quantity"), rs.getInt("max_per_order")),
				rs.getBoolean("active"));
	}
}
