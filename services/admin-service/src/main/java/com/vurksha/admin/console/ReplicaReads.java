package com.vurksha.admin.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.vurksha.admin.DateRange;
import com.vurksha.admin.replica.Replicas;
import com.vurksha.admin.replica.Source;

/**
 * The lists the owning services have no admin API for (the orders queue, an order's lines, payment and delivery,
 * the stock and product lists), read from their published reporting views on the read replicas. They may trail the
 * owners by the replicas' lag, which the pages show; every change still goes through the owner's API.
 */
@Component
class ReplicaReads {

	private final Replicas replicas;

	ReplicaReads(Replicas replicas) {
		this.replicas = replicas;
	}

	/** What the orders queue can filter by; null parts match everything. */
	record OrderFilter(String status, String slotId, String zoneId, LocalDate date) {
	}

	Replicas.Read<Listing<Map<String, Object>>> orders(OrderFilter filter, int page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		condition(where, args, "status", filter.status());
		condition(where, args, "delivery_slot_id", filter.slotId());
		condition(where, args, "delivery_zone_id", filter.zoneId());
		if (filter.date() != null) {
			where.append(" and delivery_date = ?");
			args.add(filter.date());
		}
		return replicas.read(Source.ORDER, jdbc -> page(jdbc, "reporting.orders_v1", where.toString(), args,
				"order_id, order_number, status, payment_method, payment_status, placed_at, total_paise, "
						+ "delivery_slot_id, delivery_zone_id, delivery_date, delivery_slot_start_at",
				"delivery_slot_start_at nulls last, placed_at", page));
	}

	Replicas.Read<Map<String, Object>> order(String orderId) {
		return replicas.read(Source.ORDER, jdbc -> jdbc.sql("select * from reporting.orders_v1 where order_id = ?")
			.param(orderId)
			.query()
			.listOfRows()
			.stream()
			.map(ReplicaReads::local)
			.findFirst()
			.orElse(null));
	}

	Replicas.Read<List<Map<String, Object>>> orderLines(String orderId) {
		return rowsOfOrder(Source.ORDER, "select * from reporting.order_lines_v1 where order_id = ? order by line_no",
				orderId);
	}

	Replicas.Read<List<Map<String, Object>>> payments(String orderId) {
		return rowsOfOrder(Source.PAYMENT, "select * from reporting.payments_v1 where order_id = ? order by created_at",
				orderId);
	}

	Replicas.Read<List<Map<String, Object>>> refunds(String orderId) {
		return rowsOfOrder(Source.PAYMENT, "select * from reporting.refunds_v1 where order_id = ? order by created_at",
				orderId);
	}

	Replicas.Read<List<Map<String, Object>>> deliveries(String orderId) {
		return rowsOfOrder(Source.DELIVERY,
				"select * from reporting.deliveries_v1 where order_id = ? order by created_at", orderId);
	}

	/** The rows one view holds for an order, with instants in India time. */
	private Replicas.Read<List<Map<String, Object>>> rowsOfOrder(Source source, String sql, String orderId) {
		return replicas.read(source,
				jdbc -> jdbc.sql(sql).param(orderId).query().listOfRows().stream().map(ReplicaReads::local).toList());
	}

	Replicas.Read<Listing<Map<String, Object>>> stock(String name, boolean lowOnly, int page) {
		StringBuilder where = new StringBuilder(" where variant_active and product_active");
		List<Object> args = new ArrayList<>();
		if (name != null) {
			where.append(" and product_name ilike ?");
			args.add("%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (lowOnly) {
			where.append(" and available_quantity <= min_quantity");
		}
		return replicas.read(Source.PRODUCT, jdbc -> page(jdbc, "reporting.stock_v1", where.toString(), args,
				"variant_id, product_id, product_name, variant_label, on_hand_quantity, reserved_quantity, "
						+ "available_quantity, in_stock, stock_updated_at",
				"product_name, variant_label", page));
	}

	Replicas.Read<Listing<Map<String, Object>>> products(String name, int page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		if (name != null) {
			where.append(" and name ilike ?");
			args.add("%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return replicas.read(Source.PRODUCT, jdbc -> page(jdbc, "reporting.products_v1", where.toString(), args,
				"product_id, slug, name, category_name, farm_name, active, updated_at", "name", page));
	}

	private static void condition(StringBuilder where, List<Object> args, String column, String value) {
		if (value != null) {
			where.append(" and ").append(column).append(" = ?");
			args.add(value);
		}
	}

	private static Listing<Map<String, Object>> page(JdbcClient jdbc, String view, String where, List<Object> args,
			String columns, String order, int page) {
		long total = jdbc.sql("select count(*) from " + view + where).params(args).query(Long.class).single();
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(Listing.SIZE);
		pageArgs.add((long) (page - 1) * Listing.SIZE);
		List<Map<String, Object>> rows = jdbc
			.sql("select " + columns + " from " + view + where + " order by " + order + " limit ? offset ?")
			.params(pageArgs)
			.query()
			.listOfRows()
			.stream()
			.map(ReplicaReads::local)
			.toList();
		return new Listing<>(rows, page, Listing.SIZE, total);
	}

	/** A row with its instants as India times and its dates as dates, as the pages show them. */
	static Map<String, Object> local(Map<String, Object> row) {
		Map<String, Object> local = new java.util.LinkedHashMap<>();
		row.forEach((column, value) -> local.put(column, local(value)));
		return local;
	}

	private static Object local(Object value) {
		if (value instanceof java.sql.Timestamp at) {
			return at.toInstant().atZone(DateRange.INDIA);
		}
		if (value instanceof java.time.OffsetDateTime at) {
			return at.atZoneSameInstant(DateRange.INDIA);
		}
		if (value instanceof java.sql.Date day) {
			return day.toLocalDate();
		}
		return value;
	}
}
