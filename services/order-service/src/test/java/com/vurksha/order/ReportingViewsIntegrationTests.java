package com.vurksha.order;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;

import com.vurksha.order.payment.PaymentTimeouts;
import com.vurksha.order.support.Downstream;
import com.vurksha.order.support.EventBroker;
import com.vurksha.order.support.OrderServiceIntegrationTest;
import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventMessages;
import com.vurksha.platform.events.EventsProperties;
import com.vurksha.platformtest.Api.Reply;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reporting views are the order service's contract with the operator reports: they keep the columns promised
 * in {@code src/test/resources/reporting/<view>.columns} with their types, answer what happened to orders placed
 * and moved through the API, and are all the read-only reporting role can see.
 */
class ReportingViewsIntegrationTests extends OrderServiceIntegrationTest {

	private static final List<String> VIEWS = List.of("orders_v1", "order_lines_v1", "coupon_redemptions_v1",
			"coupons_v1");

	private static final List<String> TABLES = List.of("customer_order", "order_item", "order_timeline", "coupon",
			"platform.outbox");

	private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	@Autowired
	PaymentTimeouts timeouts;

	@Autowired
	ConnectionFactory connectionFactory;

	@Autowired
	EventMessages messages;

	@Autowired
	EventsProperties events;

	@Autowired
	AmqpAdmin amqpAdmin;

	@Autowired
	ConsumerQueue deliveryEventsQueue;

	@Autowired
	ConsumerQueue paymentEventsQueue;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	@ParameterizedTest
	@ValueSource(strings = { "orders_v1", "order_lines_v1", "coupon_redemptions_v1", "coupons_v1" })
	void keepsEveryPromisedColumnWithItsType(String view) throws IOException {
		Map<String, String> promised = promisedColumns(view);
		Map<String, String> actual = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT column_name, data_type FROM information_schema.columns
				WHERE table_schema = 'reporting' AND table_name = :view""")
			.param("view", view)
			.query((rs, n) -> actual.put(rs.getString("column_name"), rs.getString("data_type")))
			.list();

		assertThat(promised).isNotEmpty();
		assertThat(actual).containsAllEntriesOf(promised);
	}

	@Test
	void publishesOnlyTheListedViewsEachDescribedColumnByColumn() {
		List<String> relations = jdbc.sql("""
				SELECT c.relname || ':' || c.relkind::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = 'reporting' AND c.relkind IN ('r', 'v', 'm', 'p') ORDER BY 1""")
			.query(String.class)
			.list();
		List<String> undescribed = jdbc.sql("""
				SELECT c.relname || '.' || coalesce(a.attname, '')
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
				WHERE n.nspname = 'reporting' AND (obj_description(c.oid, 'pg_class') IS NULL
				    OR (a.attnum IS NOT NULL AND col_description(c.oid, a.attnum) IS NULL))""")
			.query(String.class)
			.list();

		assertThat(relations).containsExactlyInAnyOrderElementsOf(VIEWS.stream().map(view -> view + ":v").toList());
		assertThat(undescribed).isEmpty();
	}

	@Test
	void answerAnOrderDeliveredWithACouponLineByLine() {
		Customer asha = newCustomer();
		String id = placedWithFresh10(asha);
		for (String status : List.of("PACKED", "OUT_FOR_DELIVERY", "DELIVERED")) {
			assertThat(moveAsOperator(id, status).status()).isEqualTo(200);
		}

		Map<String, Object> order = row("SELECT * FROM reporting.orders_v1 WHERE order_id = :id", id);
		assertThat(order).containsEntry("user_id", asha.id())
			.containsEntry("status", "DELIVERED")
			.containsEntry("payment_method", "COD")
			.containsEntry("payment_status", "PENDING_COLLECTION")
			.containsEntry("items_subtotal_paise", 22_000L)
			.containsEntry("discount_paise", 2_200L)
			// 5 % GST contained in 2 x paneer at Rs 90.00: 18000 x 500 / 10500 = 857.14; tomatoes are exempt
			.containsEntry("gst_paise", 857L)
			.containsEntry("delivery_fee_paise", 3_000L)
			.containsEntry("total_paise", 22_000L - 2_200L + 3_000L)
			.containsEntry("coupon_code", "FRESH10")
			.containsEntry("line_count", 2L)
			.containsEntry("item_quantity", 3L)
			.containsEntry("delivery_slot_id", Downstream.SLOT)
			.containsEntry("delivery_zone_id", "z-central")
			.containsEntry("cancelled_at", null)
			.containsEntry("cancelled_by", null)
			.containsEntry("failed_delivery_attempts", 0L);
		assertThat(order.get("order_number").toString()).startsWith("VK-");
		OffsetDateTime placedAt = instant(id, "placed_at");
		assertThat(date(id, "placed_on")).isEqualTo(placedAt.atZoneSameInstant(INDIA).toLocalDate());
		assertThat(instant(id, "delivery_slot_start_at")).isAtSameInstantAs(at("2026-11-26T02:30:00Z"));
		assertThat(instant(id, "delivery_slot_end_at")).isAtSameInstantAs(at("2026-11-26T04:30:00Z"));
		assertThat(date(id, "delivery_date")).isEqualTo(LocalDate.of(2026, 11, 26));
		assertThat(instant(id, "confirmed_at")).isAfterOrEqualTo(placedAt);
		assertThat(instant(id, "packed_at")).isAfterOrEqualTo(placedAt);
		assertThat(instant(id, "delivered_at")).isAfterOrEqualTo(instant(id, "packed_at"));

		List<Map<String, Object>> lines = jdbc.sql("""
				SELECT line_no, status, payment_method, product_id, variant_id, product_name, variant_label, farm_id,
				    hsn_code, quantity, unit_price_paise, mrp_paise, line_total_paise, gst_rate_bp, gst_paise
				FROM reporting.order_lines_v1 WHERE order_id = :id ORDER BY line_no""")
			.param("id", id)
			.query()
			.listOfRows();
		assertThat(lines).containsExactly(
				line(1, "p-paneer", "v-paneer", "Malai Paneer", "200 g", "f-gokul", "0406", 2, 9_000, 9_500, 18_000,
						500, 857),
				line(2, "p-tomato", "v-tomato", "Tomatoes", "1 kg", "f-hosur", "0702", 1, 4_000, 4_500, 4_000, 0, 0));
		assertThat(jdbc.sql("SELECT placed_on FROM reporting.order_lines_v1 WHERE order_id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.list()).containsOnly(placedAt.atZoneSameInstant(INDIA).toLocalDate());

		Map<String, Object> redemption = row("SELECT * FROM reporting.coupon_redemptions_v1 WHERE order_id = :id", id);
		assertThat(redemption).containsEntry("coupon_code", "FRESH10")
			.containsEntry("user_id", asha.id())
			.containsEntry("status", "DELIVERED")
			.containsEntry("counts_as_use", true)
			.containsEntry("items_subtotal_paise", 22_000L)
			.containsEntry("discount_paise", 2_200L)
			.containsEntry("total_paise", 22_800L);
	}

	@Test
	void tellWhoCancelledAndGiveACancelledOrdersCouponUseBack() {
		Customer asha = newCustomer();
		String byCustomer = placedWithFresh10(asha);
		String byOperator = placed(newCustomer(), "COD");

		Reply cancel = api.send(HttpMethod.POST, "/api/v1/orders/" + byCustomer + "/cancel", asha.token(),
				object("reason", "Ordered twice"));
		assertThat(cancel.status()).isEqualTo(200);
		assertThat(moveAsOperator(byOperator, "CANCELLED").status()).isEqualTo(200);

		Map<String, Object> cancelled = row("SELECT * FROM reporting.orders_v1 WHERE order_id = :id", byCustomer);
		assertThat(cancelled).containsEntry("status", "CANCELLED")
			.containsEntry("payment_status", "VOID")
			.containsEntry("cancelled_by", "CUSTOMER")
			.containsEntry("delivered_at", null);
		assertThat(instant(byCustomer, "cancelled_at")).isAfterOrEqualTo(instant(byCustomer, "placed_at"));
		assertThat(row("SELECT cancelled_by FROM reporting.orders_v1 WHERE order_id = :id", byOperator))
			.containsEntry("cancelled_by", "OPERATOR");
		assertThat(row("SELECT * FROM reporting.coupon_redemptions_v1 WHERE order_id = :id", byCustomer))
			.containsEntry("status", "CANCELLED")
			.containsEntry("counts_as_use", false)
			.containsEntry("discount_paise", 2_200L);
		assertThat(jdbc.sql("SELECT count(*) FROM reporting.coupon_redemptions_v1 WHERE order_id = :id")
			.param("id", byOperator)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void tellAnUnpaidOnlineOrderFromOneCancelledForItsPaymentTimeout() {
		Customer ravi = newCustomer();
		String unpaid = placed(ravi, "ONLINE");

		Map<String, Object> pending = row("SELECT * FROM reporting.orders_v1 WHERE order_id = :id", unpaid);
		assertThat(pending).containsEntry("status", "PENDING_PAYMENT")
			.containsEntry("payment_method", "ONLINE")
			.containsEntry("payment_status", "PENDING")
			.containsEntry("discount_paise", 0L)
			.containsEntry("coupon_code", null)
			.containsEntry("total_paise", 25_000L)
			.containsEntry("confirmed_at", null)
			.containsEntry("cancelled_by", null);

		Duration pastTheDeadline = Duration.ofMinutes(16);
		clock.advance(pastTheDeadline);
		try {
			while (timeouts.cancelOverdue() > 0) {
				// other tests' unpaid orders may fill a batch
			}
		}
		finally {
			clock.advance(pastTheDeadline.negated());
		}

		assertThat(row("SELECT * FROM reporting.orders_v1 WHERE order_id = :id", unpaid))
			.containsEntry("status", "CANCELLED")
			.containsEntry("cancelled_by", "PAYMENT_TIMEOUT")
			.containsEntry("confirmed_at", null);
	}

	@Test
	void followAPaidOrderThroughFailedDeliveryAttemptsBackToTheHub() {
		EventBroker broker = new EventBroker(connectionFactory, messages, events, json, jdbc);
		broker.awaitConsumer(amqpAdmin, deliveryEventsQueue);
		broker.awaitConsumer(amqpAdmin, paymentEventsQueue);
		String id = placed(newCustomer(), "ONLINE");
		broker.publishAndAwait(broker.message("payment.payment.captured", "payment", "pay-" + id,
				Map.of("paymentId", "pay-" + id, "orderId", id, "amount", 25_000, "currency", "INR")),
				paymentEventsQueue);
		assertThat(moveAsOperator(id, "PACKED").status()).isEqualTo(200);
		OffsetDateTime packedAt = instant(id, "packed_at");

		broker.publishAndAwait(delivery(broker, "delivery.delivery.picked-up", id, 1, Map.of()), deliveryEventsQueue);
		broker.publishAndAwait(delivery(broker, "delivery.delivery.failed", id, 1,
				Map.of("reason", "CUSTOMER_UNAVAILABLE", "followUp", "REATTEMPT")), deliveryEventsQueue);
		broker.publishAndAwait(delivery(broker, "delivery.delivery.picked-up", id, 2, Map.of()), deliveryEventsQueue);
		broker.publishAndAwait(delivery(broker, "delivery.delivery.failed", id, 2,
				Map.of("reason", "ADDRESS_NOT_FOUND", "followUp", "RETURN_TO_HUB")), deliveryEventsQueue);

		assertThat(row("SELECT * FROM reporting.orders_v1 WHERE order_id = :id", id))
			.containsEntry("status", "CANCELLED")
			.containsEntry("payment_method", "ONLINE")
			.containsEntry("payment_status", "REFUND_PENDING")
			.containsEntry("cancelled_by", "DELIVERY_FAILED")
			.containsEntry("failed_delivery_attempts", 2L)
			.containsEntry("delivered_at", null);
		assertThat(instant(id, "confirmed_at")).isAfterOrEqualTo(instant(id, "placed_at")).isBeforeOrEqualTo(packedAt);
		assertThat(instant(id, "packed_at")).as("the first packing").isEqualTo(packedAt);
		assertThat(instant(id, "cancelled_at")).isAfterOrEqualTo(packedAt);
	}

	@Test
	void describeTheCoupons() {
		assertThat(jdbc.sql("SELECT * FROM reporting.coupons_v1 WHERE code = 'FRESH10'").query().singleRow())
			.containsEntry("kind", "PERCENT")
			.containsEntry("percent_bp", 1_000)
			.containsEntry("flat_discount_paise", null)
			.containsEntry("max_discount_paise", null)
			.containsEntry("min_order_paise", 20_000L)
			.containsEntry("ends_at", null)
			.containsEntry("per_customer_limit", 1);
	}

	@Test
	void areAllTheReportingRoleCanRead() throws SQLException {
		placed(newCustomer(), "COD");
		String role = "reporting_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		jdbc.sql("CREATE ROLE " + role + " LOGIN").update();
		try {
			jdbc.sql("GRANT vurksha_reporting TO " + role).update();
			try (Connection connection = DriverManager.getConnection(databaseUrl, role, "");
					Statement statement = connection.createStatement()) {
				for (String view : VIEWS) {
					try (var rows = statement.executeQuery("SELECT * FROM reporting." + view)) {
						assertThat(rows.getMetaData().getColumnCount()).as(view).isPositive();
					}
				}
				try (var rows = statement.executeQuery("SELECT count(*) FROM reporting.orders_v1")) {
					assertThat(rows.next()).isTrue();
					assertThat(rows.getLong(1)).isPositive();
				}
				for (String table : TABLES) {
					assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM " + table).close()).as(table)
						.isInstanceOfSatisfying(SQLException.class,
								ex -> assertThat(ex.getSQLState()).isEqualTo("42501"));
				}
			}
		}
		finally {
			jdbc.sql("DROP ROLE " + role).update();
		}
	}

	private static Message delivery(EventBroker broker, String type, String orderId, int attempt,
			Map<String, Object> extra) {
		Map<String, Object> payload = new LinkedHashMap<>(Map.of("deliveryId", "d-" + orderId, "orderId", orderId,
				"orderNumber", "VK-x", "userId", "someone", "attempt", attempt, "riderId", "r-ravi"));
		payload.putAll(extra);
		return broker.message(type, "delivery", "d-" + orderId, payload);
	}

	private String placedWithFresh10(Customer customer) {
		Map<String, Object> body = checkout("COD");
		body.put("couponCode", "fresh10");
		Reply reply = api.placeOrder(customer.token(), newKey(), body);
		assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
		return reply.data().get("id").asString();
	}

	private Reply moveAsOperator(String orderId, String status) {
		return api.send(HttpMethod.POST, "/api/v1/admin/orders/" + orderId + "/status", admin(),
				object("status", status));
	}

	private Map<String, Object> row(String sql, String id) {
		return jdbc.sql(sql).param("id", id).query().singleRow();
	}

	private OffsetDateTime instant(String orderId, String column) {
		return jdbc.sql("SELECT " + column + " FROM reporting.orders_v1 WHERE order_id = :id")
			.param("id", orderId)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
			.single();
	}

	private LocalDate date(String orderId, String column) {
		return jdbc.sql("SELECT " + column + " FROM reporting.orders_v1 WHERE order_id = :id")
			.param("id", orderId)
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.single();
	}

	private static OffsetDateTime at(String instant) {
		return OffsetDateTime.parse(instant);
	}

	private static Map<String, Object> line(int lineNo, String productId, String variantId, String name, String label,
			String farmId, String hsn, int quantity, long unitPrice, long mrp, long lineTotal, int rateBp, long gst) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("line_no", lineNo);
		line.put("status", "DELIVERED");
		line.put("payment_method", "COD");
		line.put("product_id", productId);
		line.put("variant_id", variantId);
		line.put("product_name", name);
		line.put("variant_label", label);
		line.put("farm_id", farmId);
		line.put("hsn_code", hsn);
		line.put("quantity", quantity);
		line.put("unit_price_paise", unitPrice);
		line.put("mrp_paise", mrp);
		line.put("line_total_paise", lineTotal);
		line.put("gst_rate_bp", rateBp);
		line.put("gst_paise", gst);
		return line;
	}

	/** The committed {@code name type} lines of a view's column contract. */
	private static Map<String, String> promisedColumns(String view) throws IOException {
		Map<String, String> columns = new LinkedHashMap<>();
		try (InputStream in = ReportingViewsIntegrationTests.class
			.getResourceAsStream("/reporting/" + view + ".columns")) {
			assertThat(in).as("reporting/" + view + ".columns").isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				int space = trimmed.indexOf(' ');
				columns.put(trimmed.substring(0, space), trimmed.substring(space + 1).strip().toLowerCase(Locale.ROOT));
			}
		}
		return columns;
	}
}
