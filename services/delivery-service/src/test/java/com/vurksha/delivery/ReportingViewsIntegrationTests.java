package com.vurksha.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import com.vurksha.delivery.fulfilment.DeliveryAddress;
import com.vurksha.delivery.fulfilment.OrderDetails;
import com.vurksha.delivery.support.DeliveryIntegrationTest;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reporting views are the delivery service's contract with the admin service's reports: their columns may only
 * be added to, they answer what their comments say, and the read-only reporting role reads them and nothing else.
 */
class ReportingViewsIntegrationTests extends DeliveryIntegrationTest {

	static final List<String> VIEWS = List.of("zones_v1", "slots_v1", "riders_v1", "deliveries_v1");

	@Autowired
	DataSource dataSource;

	@Nested
	class Contract {

		@ParameterizedTest
		@ValueSource(strings = { "zones_v1", "slots_v1", "riders_v1", "deliveries_v1" })
		void keepsEveryCommittedColumnWithItsType(String view) throws IOException {
			Map<String, String> actual = new LinkedHashMap<>();
			jdbc.sql("""
					SELECT column_name, data_type FROM information_schema.columns
					WHERE table_schema = 'reporting' AND table_name = :view""")
				.param("view", view)
				.query((rs, row) -> actual.put(rs.getString(1), rs.getString(2)))
				.list();

			assertThat(actual).containsAllEntriesOf(committedColumns(view));
		}

		@Test
		void describesEveryViewAndColumn() {
			List<String> undescribed = jdbc.sql("""
					SELECT c.relname || coalesce('.' || a.attname, '') FROM pg_class c
					JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'reporting'
					LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
					WHERE c.relkind = 'v' AND (obj_description(c.oid, 'pg_class') IS NULL
					    OR (a.attnum IS NOT NULL AND col_description(c.oid, a.attnum) IS NULL))""")
				.query(String.class)
				.list();

			assertThat(undescribed).isEmpty();
		}

		@Test
		void exposesNoContactDetailsLocationsCodesOrNotes() {
			List<String> columns = jdbc.sql("SELECT column_name FROM information_schema.columns "
					+ "WHERE table_schema = 'reporting'")
				.query(String.class)
				.list();

			assertThat(columns).doesNotContain("phone", "address", "latitude", "longitude", "last_latitude",
					"last_longitude", "failure_note", "otp_generation", "otp_failures", "proof_file_id", "pincode");
			assertThat(columnsOf("riders_v1")).doesNotContain("name").contains("first_name");
		}
	}

	@Nested
	class Meaning {

		String zoneId;

		TestRider rider;

		String customerId;

		@BeforeEach
		void zoneWithOneRider() {
			zoneId = zoneServing(freshPincode());
			rider = rider(zoneId, 5);
			customerId = "customer-" + UUID.randomUUID();
		}

		@Test
		void countsASlotsHeldAndConfirmedPlaces() {
			String pincode = freshPincode();
			String zone = zoneServing(pincode);
			String slotId = slot(zone, Instant.parse("2030-03-04T03:30:00Z"), 10, 60);
			String held = "order-" + UUID.randomUUID();
			String confirmed = "order-" + UUID.randomUUID();
			String released = "order-" + UUID.randomUUID();
			for (String order : List.of(held, confirmed, released)) {
				assertThat(book(order, slotId, pincode).status()).isEqualTo(201);
			}
			internal("/internal/v1/slot-bookings/" + confirmed + "/confirm");
			internal("/internal/v1/slot-bookings/" + released + "/release");

			assertThat(row("slots_v1", "slot_id", slotId)).containsEntry("zone_id", zone)
				.containsEntry("delivery_date", java.sql.Date.valueOf("2030-03-04"))
				.containsEntry("start_time", java.sql.Time.valueOf(LocalTime.of(9, 0)))
				.containsEntry("end_time", java.sql.Time.valueOf(LocalTime.of(11, 0)))
				.containsEntry("capacity", 10)
				.containsEntry("booked", 2)
				.containsEntry("held", 1)
				.containsEntry("confirmed", 1)
				.containsEntry("free", 8);
		}

		@Test
		void showsAnOnTimeCashDeliveryWithItsRiderAndCash() {
			String orderId = order(Instant.now().plus(Duration.ofHours(2)));
			String deliveryId = deliveryOf(orderId);

			deliver(orderId, deliveryId);

			assertThat(row("deliveries_v1", "delivery_id", deliveryId)).containsEntry("order_id", orderId)
				.containsEntry("customer_id", customerId)
				.containsEntry("zone_id", zoneId)
				.containsEntry("status", "DELIVERED")
				.containsEntry("rider_id", rider.id())
				.containsEntry("attempt", 1)
				.containsEntry("on_time", true)
				.containsEntry("failure_reason", null)
				.containsEntry("cash_to_collect_paise", 25_000L)
				.containsEntry("cash_collected_paise", 25_000L)
				.satisfies(delivery -> assertThat(delivery.get("ended_at")).isEqualTo(delivery.get("delivered_at"))
					.isNotNull());
			assertThat(row("riders_v1", "rider_id", rider.id())).containsEntry("first_name", "Test")
				.containsEntry("user_id", rider.userId())
				.containsEntry("zone_id", zoneId)
				.containsEntry("active", true)
				.containsEntry("open_deliveries", 0);
		}

		@Test
		void marksADeliveryAfterItsWindowAsLate() {
			String orderId = order(Instant.now().minus(Duration.ofMinutes(5)));
			String deliveryId = deliveryOf(orderId);

			deliver(orderId, deliveryId);

			assertThat(row("deliveries_v1", "delivery_id", deliveryId)).containsEntry("status", "DELIVERED")
				.containsEntry("on_time", false);
		}

		@Test
		void showsAFailedDeliveryWithItsReasonAndNoCashCollected() {
			String deliveryId = deliveryOf(order(Instant.now().plus(Duration.ofHours(2))));
			pickUp(deliveryId);

			act(deliveryId, "fail", object("reason", "CUSTOMER_REFUSED", "note", "said no at the door"));

			assertThat(row("deliveries_v1", "delivery_id", deliveryId)).containsEntry("status", "FAILED")
				.containsEntry("failure_reason", "CUSTOMER_REFUSED")
				.containsEntry("follow_up", "RETURN_TO_HUB")
				.containsEntry("rider_id", rider.id())
				.containsEntry("on_time", null)
				.containsEntry("cash_collected_paise", 0L)
				.satisfies(delivery -> assertThat(delivery.get("ended_at")).isNotNull());
		}

		@Test
		void showsTheFailedFirstAttemptOfADeliveryTriedAgain() {
			String deliveryId = deliveryOf(order(Instant.now().plus(Duration.ofHours(2))));
			pickUp(deliveryId);

			act(deliveryId, "fail", object("reason", "CUSTOMER_UNAVAILABLE"));

			assertThat(row("deliveries_v1", "delivery_id", deliveryId)).containsEntry("status", "ASSIGNED")
				.containsEntry("attempt", 2)
				.containsEntry("failure_reason", "CUSTOMER_UNAVAILABLE")
				.containsEntry("follow_up", "REATTEMPT")
				.containsEntry("ended_at", null);
		}

		/** A packed cash-on-delivery order (₹250) of the zone whose slot ends at {@code slotEnd}; assigned at once. */
		private String order(Instant slotEnd) {
			String orderId = "order-" + UUID.randomUUID();
			intake.open(new OrderDetails(orderId, "VK-" + orderId.substring(6, 14), customerId, zoneId, "slot-1",
					slotEnd.minus(Duration.ofHours(2)), slotEnd, new DeliveryAddress("Home", "12 MG Road", null, null,
							"Bengaluru", "Karnataka", "560001", ADDRESS_LATITUDE, ADDRESS_LONGITUDE),
					25_000));
			return orderId;
		}

		private void pickUp(String deliveryId) {
			assertThat(act(deliveryId, "accept", null).status()).isEqualTo(200);
			assertThat(act(deliveryId, "pickup", null).status()).isEqualTo(200);
		}

		private void deliver(String orderId, String deliveryId) {
			pickUp(deliveryId);
			String code = api.get("/internal/v1/deliveries/by-order/" + orderId, orderService,
					TestTokens.customerContext(TestTokens.customer(customerId)))
				.data()
				.get("deliveryOtp")
				.asString();
			assertThat(act(deliveryId, "deliver", object("otp", code)).status()).isEqualTo(200);
		}

		private Api.Reply act(String deliveryId, String action, Object body) {
			return api.send(HttpMethod.POST, "/api/v1/rider/deliveries/" + deliveryId + "/" + action, rider.token(),
					body);
		}
	}

	@Nested
	class ReportingRole {

		@Test
		void readsTheViewsButNotTheServicesTables() throws SQLException {
			String role = "reporting_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			String url;
			try (Connection admin = dataSource.getConnection(); Statement statement = admin.createStatement()) {
				url = admin.getMetaData().getURL();
				statement.execute("CREATE ROLE " + role + " LOGIN");
				statement.execute("GRANT vurksha_reporting TO " + role);
			}
			try (Connection reporter = DriverManager.getConnection(url, role, "");
					Statement statement = reporter.createStatement()) {
				for (String view : VIEWS) {
					statement.executeQuery("SELECT * FROM reporting." + view + " LIMIT 1").close();
				}
				for (String table : List.of("delivery", "rider", "slot", "slot_booking", "zone", "location_ping")) {
					assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM " + table + " LIMIT 1"))
						.isInstanceOf(SQLException.class)
						.hasMessageContaining("permission denied");
				}
			}
			finally {
				try (Connection admin = dataSource.getConnection(); Statement statement = admin.createStatement()) {
					statement.execute("DROP ROLE IF EXISTS " + role);
				}
			}
		}
	}

	private void internal(String path) {
		assertThat(api.send(HttpMethod.POST, path, orderService, null).status()).isEqualTo(200);
	}

	private List<String> columnsOf(String view) {
		return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = 'reporting' "
				+ "AND table_name = :view")
			.param("view", view)
			.query(String.class)
			.list();
	}

	private Map<String, Object> row(String view, String idColumn, String id) {
		return jdbc.sql("SELECT * FROM reporting." + view + " WHERE " + idColumn + " = :id")
			.param("id", id)
			.query()
			.singleRow();
	}

	private static Map<String, String> committedColumns(String view) throws IOException {
		Map<String, String> columns = new LinkedHashMap<>();
		try (InputStream in = ReportingViewsIntegrationTests.class
			.getResourceAsStream("/reporting/" + view + ".columns")) {
			assertThat(in).as("committed columns of " + view).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					int space = line.indexOf(' ');
					columns.put(line.substring(0, space).strip(), line.substring(space + 1).strip());
				}
			}
		}
		return columns;
	}
}
