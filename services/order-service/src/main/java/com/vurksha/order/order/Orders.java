package com.vurksha.order.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.events.Outbox;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/**
 * The orders, stored with JDBC. Saving an order writes its raised events to the timeline and, for published
 * ones, to the outbox in the caller's transaction; an update whose version moved on meanwhile is refused.
 */
@Repository
public class Orders {

	private static final String COLUMNS = """
			id, number, user_id, status, payment_status, payment_method, subtotal, discount, delivery_fee, tax, total,
			amount_paid, amount_refunded, coupon_code, notes, slot_id, slot_start, slot_end, zone_id, address::text AS address,
			reservation_id, booking_id, expires_at, placed_at, failed_delivery_attempt, version""";

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final Clock clock;

	private final JsonMapper json;

	Orders(JdbcClient jdbc, Outbox outbox, Clock clock, JsonMapper json) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.clock = clock;
		this.json = json;
	}

	/** The next human-friendly order number for the given day, e.g. {@code VK-20261125-000123}. */
	public String nextNumber(String day) {
		long seq = jdbc.sql("SELECT nextval('order_number_seq')").query(Long.class).single();
		return "VK-%s-%06d".formatted(day, seq);
	}

	public void insert(Order order) {
		PlacedOrder p = order.placed();
		Totals t = p.totals();
		jdbc.sql("""
				INSERT INTO customer_order (id, number, user_id, status, payment_status, payment_method, subtotal,
				    discount, delivery_fee, tax, total, coupon_code, notes, slot_id, slot_start, slot_end, zone_id,
				    address, reservation_id, booking_id, expires_at, placed_at, updated_at)
				VALUES (:id, :number, :userId, :status, :paymentStatus, :method, :subtotal, :discount, :fee, :tax, :total,
				    :coupon, :notes, :slotId, :slotStart, :slotEnd, :zoneId, CAST(:address AS jsonb), :reservationId,
				    :bookingId, :expiresAt, :placedAt, :placedAt)""")
			.param("id", p.id())
			.param("number", p.number())
			.param("userId", p.userId())
			.param("status", order.status().name())
			.param("paymentStatus", order.paymentStatus().name())
			.param("method", p.paymentMethod().name())
			.param("subtotal", t.subtotal())
			.param("discount", t.discount())
			.param("fee", t.deliveryFee())
			.param("tax", t.tax())
			.param("total", t.total())
			.param("coupon", p.couponCode())
			.param("notes", p.notes())
			.param("slotId", p.slot().id())
			.param("slotStart", utcOrNull(p.slot().start()))
			.param("slotEnd", utcOrNull(p.slot().end()))
			.param("zoneId", p.slot().zoneId())
			.param("address", json.writeValueAsString(p.address()))
			.param("reservationId", p.reservationId())
			.param("bookingId", p.bookingId())
			.param("expiresAt", utcOrNull(order.expiresAt()))
			.param("placedAt", utc(p.placedAt()))
			.update();
		insertLines(p);
		journal(order);
	}

	private void insertLines(PlacedOrder p) {
		int lineNo = 0;
		for (OrderLine line : p.lines()) {
			jdbc.sql("""
					INSERT INTO order_item (order_id, line_no, variant_id, product_id, product_name, product_name_hi,
					    variant_label, unit, unit_value, farm_id, farm_name, unit_price, mrp, quantity, line_total,
					    gst_rate_bp, hsn_code, tax)
					VALUES (:orderId, :lineNo, :variantId, :productId, :name, :nameHi, :label, :unit, :unitValue, :farmId,
					    :farmName, :price, :mrp, :quantity, :lineTotal, :rate, :hsn, :tax)""")
				.param("orderId", p.id())
				.param("lineNo", ++lineNo)
				.param("variantId", line.variantId())
				.param("productId", line.productId())
				.param("name", line.productName())
				.param("nameHi", line.productNameHi())
				.param("label", line.variantLabel())
				.param("unit", line.unit())
				.param("unitValue", line.unitValue())
				.param("farmId", line.farmId())
				.param("farmName", line.farmName())
				.param("price", line.unitPrice())
				.param("mrp", line.mrp())
				.param("quantity", line.quantity())
				.param("lineTotal", line.lineTotal())
				.param("rate", line.gstRateBp())
				.param("hsn", line.hsnCode())
				.param("tax", line.tax())
				.update();
		}
	}

	/** Stores the order's new state and its raised events; refused if someone else changed it since it was read. */
	public void update(Order order) {
		int changed = jdbc.sql("""
				UPDATE customer_order SET status = :status, payment_status = :paymentStatus, amount_paid = :paid,
				    amount_refunded = :refunded, expires_at = :expiresAt, failed_delivery_attempt = :failedAttempt,
				    updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", order.status().name())
			.param("paymentStatus", order.paymentStatus().name())
			.param("paid", order.amountPaid())
			.param("refunded", order.amountRefunded())
			.param("expiresAt", utcOrNull(order.expiresAt()))
			.param("failedAttempt", order.failedDeliveryAttempt())
			.param("now", utc(clock.instant()))
			.param("id", order.id())
			.param("version", order.version())
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("Order " + order.id() + " changed meanwhile");
		}
		journal(order);
	}

	private void journal(Order order) {
		Instant now = clock.instant();
		for (Order.Raised raised : order.drainEvents()) {
			OrderEvent event = raised.event();
			jdbc.sql("INSERT INTO order_timeline (order_id, at, type, actor, note) VALUES (:id, :at, :type, :actor, :note)")
				.param("id", order.id())
				.param("at", utc(now))
				.param("type", event.getClass().getSimpleName())
				.param("actor", raised.actor())
				.param("note", event.note())
				.update();
			if (event.type() != null) {
				outbox.append(event.type(), 1, "order", order.id(), event);
			}
		}
	}

	public Optional<Order> find(String id) {
		return load("SELECT " + COLUMNS + " FROM customer_order WHERE id = :id", id);
	}

	/** The order locked for update until the transaction ends, so concurrent changes queue up. */
	public Optional<Order> lock(String id) {
		return load("SELECT " + COLUMNS + " FROM customer_order WHERE id = :id FOR UPDATE", id);
	}

	private Optional<Order> load(String sql, String id) {
		return jdbc.sql(sql).param("id", id).query((rs, n) -> order(rs, lines(rs.getString("id")))).optional();
	}

	/** Ids of unpaid orders whose payment time is up, locked and skipped by other instances running the job. */
	public List<String> unpaidExpiredBy(Instant now, int limit) {
		return jdbc.sql("""
				SELECT id FROM customer_order WHERE status = 'PENDING_PAYMENT' AND expires_at <= :now
				ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
			.param("now", utc(now))
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	public List<OrderSummary> pageOf(String userId, PageQuery page) {
		return jdbc.sql("""
				SELECT o.id, o.number, o.status, o.payment_status, o.payment_method, o.total, o.placed_at,
				    (SELECT count(*) FROM order_item i WHERE i.order_id = o.id) AS item_count
				FROM customer_order o WHERE o.user_id = :userId ORDER BY o.placed_at DESC, o.id LIMIT :limit OFFSET :offset""")
			.param("userId", userId)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query((rs, n) -> new OrderSummary(rs.getString("id"), rs.getString("number"),
					OrderStatus.valueOf(rs.getString("status")), PaymentStatus.valueOf(rs.getString("payment_status")),
					PaymentMethod.valueOf(rs.getString("payment_method")), rs.getLong("total"), "INR",
					rs.getInt("item_count"), instant(rs, "placed_at")))
			.list();
	}

	public long countOf(String userId) {
		return jdbc.sql("SELECT count(*) FROM customer_order WHERE user_id = :userId")
			.param("userId", userId)
			.query(Long.class)
			.single();
	}

	/** How often the customer used the coupon on orders that were not cancelled. */
	public int couponUses(String userId, String code) {
		return jdbc.sql("""
				SELECT count(*) FROM customer_order
				WHERE user_id = :userId AND coupon_code = :code AND status <> 'CANCELLED'""")
			.param("userId", userId)
			.param("code", code)
			.query(Integer.class)
			.single();
	}

	/** Serialises checkouts of one customer with one coupon until the transaction ends, so a limit holds. */
	public void lockCouponUse(String userId, String code) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
			.param("key", "coupon:" + code + ":" + userId)
			.query((rs, n) -> 1)
			.list();
	}

	public List<TimelineEntry> timeline(String orderId) {
		return jdbc.sql("SELECT at, type, actor, note FROM order_timeline WHERE order_id = :id ORDER BY id")
			.param("id", orderId)
			.query((rs, n) -> new TimelineEntry(instant(rs, "at"), rs.getString("type"), rs.getString("actor"),
					rs.getString("note")))
			.list();
	}

	private List<OrderLine> lines(String orderId) {
		return jdbc.sql("SELECT * FROM order_item WHERE order_id = :id ORDER BY line_no")
			.param("id", orderId)
			.query((rs, n) -> new OrderLine(rs.getString("variant_id"), rs.getString("product_id"),
					rs.getString("product_name"), rs.getString("product_name_hi"), rs.getString("variant_label"),
					rs.getString("unit"), (Integer) rs.getObject("unit_value"), rs.getString("farm_id"),
					rs.getString("farm_name"), rs.getLong("unit_price"), (Long) rs.getObject("mrp"),
					rs.getInt("quantity"), rs.getLong("line_total"), rs.getInt("gst_rate_bp"), rs.getString("hsn_code"),
					rs.getLong("tax")))
			.list();
	}

	private Order order(ResultSet rs, List<OrderLine> lines) throws SQLException {
		Totals totals = new Totals(rs.getLong("subtotal"), rs.getLong("discount"), rs.getLong("delivery_fee"),
				rs.getLong("tax"), rs.getLong("total"));
		DeliverySlot slot = new DeliverySlot(rs.getString("slot_id"), instant(rs, "slot_start"),
				instant(rs, "slot_end"), rs.getString("zone_id"));
		PlacedOrder placed = new PlacedOrder(rs.getString("id"), rs.getString("number"), rs.getString("user_id"),
				PaymentMethod.valueOf(rs.getString("payment_method")), totals, rs.getString("coupon_code"),
				rs.getString("notes"), slot, json.readValue(rs.getString("address"), AddressSnapshot.class),
				rs.getString("reservation_id"), rs.getString("booking_id"), instant(rs, "placed_at"), lines);
		return new Order(placed, OrderStatus.valueOf(rs.getString("status")),
				PaymentStatus.valueOf(rs.getString("payment_status")), rs.getLong("amount_paid"),
				rs.getLong("amount_refunded"), instant(rs, "expires_at"), rs.getInt("failed_delivery_attempt"),
				rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static Object utcOrNull(Instant instant) {
		return (instant != null) ? utc(instant) : null;
	}
}
