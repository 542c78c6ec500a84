package com.vurksha.product.inventory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stock rows and the movement ledger. */
@Repository
class Inventory {

	/** A locked stock row with the product its variant belongs to. */
	record Row(String variantId, String productId, String productSlug, StockLevel level) {
	}

	private final JdbcClient jdbc;

	Inventory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the variant's stock row until the transaction ends, so concurrent moves apply one after another. */
	Optional<Row> lock(String variantId) {
		return jdbc.sql("""
				SELECT i.variant_id, v.product_id, p.slug, i.on_hand, i.reserved
				FROM inventory i JOIN variant v ON v.id = i.variant_id JOIN product p ON p.id = v.product_id
				WHERE i.variant_id = :variantId
				FOR UPDATE OF i""")
			.param("variantId", variantId)
			.query((rs, row) -> new Row(rs.getString("variant_id"), rs.getString("product_id"), rs.getString("slug"),
					new StockLevel(rs.getInt("on_hand"), rs.getInt("reserved"))))
			.optional();
	}

	/**
	 * Locks the stock rows of {@code variantIds} in variant-id order, the one order every checkout uses, so two
	 * checkouts wanting the same packs queue instead of deadlocking. Variants without a stock row are missing.
	 */
	List<LockedStock> lockInOrder(List<String> variantIds) {
		return jdbc.sql("""
				SELECT i.variant_id, v.product_id, p.slug, i.on_hand, i.reserved
				FROM inventory i JOIN variant v ON v.id = i.variant_id JOIN product p ON p.id = v.product_id
				WHERE i.variant_id = ANY(:ids)
				ORDER BY i.variant_id
				FOR UPDATE OF i""")
			.param("ids", variantIds.toArray(String[]::new))
			.query((rs, row) -> new LockedStock(rs.getString("variant_id"), rs.getString("product_id"),
					rs.getString("slug"), new StockLevel(rs.getInt("on_hand"), rs.getInt("reserved"))))
			.list();
	}

	void updateReserved(String variantId, StockLevel level, Instant at) {
		jdbc.sql("UPDATE inventory SET reserved = :reserved, updated_at = :at WHERE variant_id = :variantId")
			.param("variantId", variantId)
			.param("reserved", level.reserved())
			.param("at", Timestamp.from(at))
			.update();
	}

	void recordHold(String variantId, MovementReason reason, StockLevel after, int reservedDelta,
			String reservationId, String actor, String note, Instant at) {
		jdbc.sql("""
				INSERT INTO stock_movement (variant_id, delta, reason, on_hand_after, actor, note, occurred_at,
				                            reserved_delta, reserved_after, reservation_id)
				VALUES (:variantId, 0, :reason, :onHand, :actor, :note, :at, :reservedDelta, :reserved, :reservationId)""")
			.param("variantId", variantId)
			.param("reason", reason.name())
			.param("onHand", after.onHand())
			.param("actor", actor)
			.param("note", note)
			.param("at", Timestamp.from(at))
			.param("reservedDelta", reservedDelta)
			.param("reserved", after.reserved())
			.param("reservationId", reservationId)
			.update();
	}

	Optional<StockView> view(String variantId, int movements) {
		return jdbc.sql("""
				SELECT i.variant_id, v.product_id, i.on_hand, i.reserved, i.updated_at
				FROM inventory i JOIN variant v ON v.id = i.variant_id
				WHERE i.variant_id = :variantId""")
			.param("variantId", variantId)
			.query((rs, row) -> {
				StockLevel level = new StockLevel(rs.getInt("on_hand"), rs.getInt("reserved"));
				return new StockView(rs.getString("variant_id"), rs.getString("product_id"), level.onHand(),
						level.reserved(), level.available(), rs.getTimestamp("updated_at").toInstant(), List.of());
			})
			.optional()
			.map(stock -> new StockView(stock.variantId(), stock.productId(), stock.onHand(), stock.reserved(),
					stock.available(), stock.updatedAt(), recentMovements(variantId, movements)));
	}

	void open(String variantId, int onHand, Instant at) {
		jdbc.sql("INSERT INTO inventory (variant_id, on_hand, reserved, updated_at) VALUES (:variantId, :onHand, 0, :at)")
			.param("variantId", variantId)
			.param("onHand", onHand)
			.param("at", Timestamp.from(at))
			.update();
	}

	void update(String variantId, StockLevel level, Instant at) {
		jdbc.sql("UPDATE inventory SET on_hand = :onHand, updated_at = :at WHERE variant_id = :variantId")
			.param("variantId", variantId)
			.param("onHand", level.onHand())
			.param("at", Timestamp.from(at))
			.update();
	}

	void record(String variantId, int delta, MovementReason reason, int onHandAfter, String actor, String note,
			Instant at) {
		jdbc.sql("""
				INSERT INTO stock_movement (variant_id, delta, reason, on_hand_after, actor, note, occurred_at)
				VALUES (:variantId, :delta, :reason, :onHandAfter, :actor, :note, :at)""")
			.param("variantId", variantId)
			.param("delta", delta)
			.param("reason", reason.name())
			.param("onHandAfter", onHandAfter)
			.param("actor", actor)
			.param("note", note)
			.param("at", Timestamp.from(at))
			.update();
	}

	private List<Movement> recentMovements(String variantId, int limit) {
		return jdbc.sql("""
				SELECT id, delta, reserved_delta, reason, on_hand_after, actor, note, occurred_at FROM stock_movement
				WHERE variant_id = :variantId ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
			.param("variantId", variantId)
			.param("limit", limit)
			.query((rs, row) -> new Movement(rs.getLong("id"), rs.getInt("delta"), rs.getInt("reserved_delta"),
					MovementReason.valueOf(rs.getString("reason")), rs.getInt("on_hand_after"), rs.getString("actor"),
					rs.getString("note"), rs.getTimestamp("occurred_at").toInstant()))
			.list();
	}
}
