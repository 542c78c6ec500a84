package com.vurksha.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Read-only looks into the local PostgreSQL: its durability settings, and the slot bookings and stock reservations
 * still held for orders that do not exist, i.e. left behind by refused or failed checkouts.
 */
final class Database {

	private final String baseUrl;

	private final String user;

	private final String password;

	/** @param baseUrl a JDBC URL without the database name, e.g. jdbc:postgresql://127.0.0.1:55432/ */
	Database(String baseUrl, String user, String password) {
		this.baseUrl = baseUrl;
		this.user = user;
		this.password = password;
	}

	/** {@code fsync} and {@code synchronous_commit} as the server reports them. */
	String durability() {
		try (Connection connection = connect("vurksha_order"); Statement statement = connection.createStatement()) {
			return "fsync=" + show(statement, "fsync") + ", synchronous_commit=" + show(statement, "synchronous_commit")
					+ ", full_page_writes=" + show(statement, "full_page_writes");
		}
		catch (SQLException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}

	/**
	 * What is still held: slot bookings in HELD and stock reservations in RESERVED, split by whether their order
	 * exists and whether they were made since {@code since}.
	 */
	Holds holds(Instant since) throws SQLException {
		List<Hold> bookings = held("vurksha_delivery",
				"select booking_id, created_at from slot_booking where status = 'HELD'");
		List<Hold> reservations = held("vurksha_product",
				"select id, created_at from stock_reservation where status = 'RESERVED'");
		Set<String> ids = new HashSet<>();
		bookings.forEach(hold -> ids.add(hold.orderId()));
		reservations.forEach(hold -> ids.add(hold.orderId()));
		Set<String> orders = existingOrders(ids);
		return new Holds(count(bookings, orders, since), count(reservations, orders, since));
	}

	/** Counts of one kind of hold. */
	record Counts(int held, int withoutOrder, int withoutOrderSinceStart) {
	}

	/** Held slot bookings and stock reservations. */
	record Holds(Counts slotBookings, Counts stockReservations) {
	}

	private record Hold(String orderId, Instant createdAt) {
	}

	private static Counts count(List<Hold> holds, Set<String> orders, Instant since) {
		List<Hold> orphans = holds.stream().filter(hold -> !orders.contains(hold.orderId())).toList();
		int recent = (int) orphans.stream().filter(hold -> !hold.createdAt().isBefore(since)).count();
		return new Counts(holds.size(), orphans.size(), recent);
	}

	private List<Hold> held(String database, String sql) throws SQLException {
		List<Hold> holds = new ArrayList<>();
		try (Connection connection = connect(database); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				holds.add(new Hold(rows.getString(1), rows.getTimestamp(2).toInstant()));
			}
		}
		return holds;
	}

	private Set<String> existingOrders(Set<String> ids) throws SQLException {
		Set<String> found = new HashSet<>();
		try (Connection connection = connect("vurksha_order");
				PreparedStatement query = connection.prepareStatement("select id from customer_order where id = any(?)")) {
			query.setArray(1, connection.createArrayOf("text", ids.toArray()));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					found.add(rows.getString(1));
				}
			}
		}
		return found;
	}

	private static String show(Statement statement, String setting) throws SQLException {
		try (ResultSet row = statement.executeQuery("show " + setting)) {
			return row.next() ? row.getString(1) : "?";
		}
	}

	private Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(baseUrl + database, user, password);
	}
}
