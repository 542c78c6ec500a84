package com.vurksha.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the drills read from the services' databases once the dust settles: whether every order a client was told
 * was placed exists with its stock and slot held for it, and whether the events of a stretch of time were published
 * and consumed, each once.
 */
final class DrillChecks {

	private final String baseUrl;

	DrillChecks(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * Acknowledged orders looked up: {@code found} exist; {@code consistent} exist with their stock reservation
	 * committed and their slot booking confirmed on the order's slot; {@code problems} says what is wrong with the
	 * others (at most a few).
	 */
	record Orders(int acknowledged, int found, int consistent, Map<String, Long> statuses, List<String> problems) {
	}

	Orders orders(Collection<String> orderIds) throws SQLException {
		List<String> ids = List.copyOf(orderIds);
		Map<String, String[]> orders = new HashMap<>();
		Map<String, Long> statuses = new TreeMap<>();
		try (Connection db = connect("vurksha_order"); PreparedStatement query = db.prepareStatement(
				"select id, status, payment_method, reservation_id, booking_id, slot_id from customer_order where id = any(?)")) {
			query.setArray(1, db.createArrayOf("text", ids.toArray()));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					orders.put(rows.getString(1), new String[] { rows.getString(2), rows.getString(3), rows.getString(4),
							rows.getString(5), rows.getString(6) });
					statuses.merge(rows.getString(2) + " " + rows.getString(3), 1L, Long::sum);
				}
			}
		}
		Map<String, String> reservations = lookup("vurksha_product",
				"select id, status from stock_reservation where id = any(?)",
				orders.values().stream().map(order -> order[2]).toList());
		Map<String, String> bookings = lookup("vurksha_delivery",
				"select booking_id, status || ' ' || coalesce(slot_id, '') from slot_booking where booking_id = any(?)",
				orders.values().stream().map(order -> order[3]).toList());
		List<String> problems = new ArrayList<>();
		int consistent = 0;
		for (String id : ids) {
			String[] order = orders.get(id);
			if (order == null) {
				note(problems, id + ": acknowledged but not in vurksha_order");
				continue;
			}
			String reservation = reservations.get(order[2]);
			String booking = bookings.get(order[3]);
			if ("COMMITTED".equals(reservation) && ("CONFIRMED " + order[4]).equals(booking)) {
				consistent++;
			}
			else {
				note(problems, id + " (" + order[0] + "): stock reservation " + reservation + ", slot booking " + booking);
			}
		}
		return new Orders(ids.size(), orders.size(), consistent, statuses, problems);
	}

	/** Orders placed in [from, until) by the database's own record, whether or not a client heard of them. */
	int ordersPlaced(Instant from, Instant until) throws SQLException {
		try (Connection db = connect("vurksha_order"); PreparedStatement query = db.prepareStatement(
				"select count(*) from customer_order where placed_at >= ? and placed_at < ?")) {
			query.setTimestamp(1, Timestamp.from(from));
			query.setTimestamp(2, Timestamp.from(until));
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	/**
	 * The order service's confirmations (the event every cash-on-delivery order sends and the notification service
	 * tells the customer about) of [from, until): how many it wrote, how many it published, how many the
	 * notification service consumed (its inbox), when the last was consumed, and how many customers got an in-app
	 * notification twice for one event (a duplicate applied; the table forbids it, so this checks the guard held).
	 */
	record Events(int written, int published, int consumed, Instant lastConsumed, int duplicatesApplied) {
	}

	Events orderEvents(Instant from, Instant until) throws SQLException {
		List<String> ids = new ArrayList<>();
		int published = 0;
		try (Connection db = connect("vurksha_order"); PreparedStatement query = db.prepareStatement(
				"select id::text, sent_at is not null from platform.outbox where occurred_at >= ? and occurred_at < ? "
						+ "and type = 'order.order.confirmed'")) {
			query.setTimestamp(1, Timestamp.from(from));
			query.setTimestamp(2, Timestamp.from(until));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getString(1));
					published += rows.getBoolean(2) ? 1 : 0;
				}
			}
		}
		int consumed = 0;
		Instant last = null;
		int duplicates = 0;
		try (Connection db = connect("vurksha_notification")) {
			try (PreparedStatement query = db.prepareStatement(
					"select count(distinct event_id), max(handled_at) from platform.inbox where event_id = any(?)")) {
				query.setArray(1, db.createArrayOf("text", ids.toArray()));
				try (ResultSet rows = query.executeQuery()) {
					rows.next();
					consumed = rows.getInt(1);
					Timestamp max = rows.getTimestamp(2);
					last = (max == null) ? null : max.toInstant();
				}
			}
			try (PreparedStatement query = db.prepareStatement(
					"select count(*) from (select event_id, user_id from notification where event_id = any(?) "
							+ "group by event_id, user_id having count(*) > 1) twice")) {
				query.setArray(1, db.createArrayOf("text", ids.toArray()));
				try (ResultSet rows = query.executeQuery()) {
					rows.next();
					duplicates = rows.getInt(1);
				}
			}
		}
		return new Events(ids.size(), published, consumed, last, duplicates);
	}

	/** The SMS messages of [from, until) by status, and when the last was sent. */
	record Messages(Map<String, Long> byStatus, Instant lastSent, long attempts) {

		long count(String status) {
			return byStatus.getOrDefault(status, 0L);
		}
	}

	Messages smsMessages(Instant from, Instant until) throws SQLException {
		Map<String, Long> byStatus = new TreeMap<>();
		Instant last = null;
		long attempts = 0;
		try (Connection db = connect("vurksha_notification"); PreparedStatement query = db.prepareStatement(
				"select status, count(*), max(sent_at), sum(attempts) from outgoing_message where channel = 'SMS' "
						+ "and created_at >= ? and created_at < ? group by status")) {
			query.setTimestamp(1, Timestamp.from(from));
			query.setTimestamp(2, Timestamp.from(until));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					byStatus.put(rows.getString(1), rows.getLong(2));
					Timestamp sent = rows.getTimestamp(3);
					if (sent != null && (last == null || sent.toInstant().isAfter(last))) {
						last = sent.toInstant();
					}
					attempts += rows.getLong(4);
				}
			}
		}
		return new Messages(byStatus, last, attempts);
	}

	private Map<String, String> lookup(String database, String sql, List<String> keys) throws SQLException {
		Map<String, String> values = new HashMap<>();
		try (Connection db = connect(database); PreparedStatement query = db.prepareStatement(sql)) {
			Array array = db.createArrayOf("text", keys.toArray());
			query.setArray(1, array);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					values.put(rows.getString(1), rows.getString(2));
				}
			}
		}
		return values;
	}

	private static void note(List<String> problems, String problem) {
		if (problems.size() < 10) {
			problems.add(problem);
		}
	}

	Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(baseUrl + database, "postgres", "");
	}
}
