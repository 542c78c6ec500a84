package com.vurksha.delivery.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.delivery.fulfilment.DeliveryAddress;
import com.vurksha.delivery.fulfilment.DeliveryIntake;
import com.vurksha.delivery.fulfilment.OrderDetails;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One running delivery service on the real servers, shared by the integration test classes that extend this, with
 * fixtures that read as what they set up: a zone serving fresh pincodes, a slot starting at a given time. The file
 * service is stood in by a WireMock server ({@link #fileService}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
public abstract class DeliveryIntegrationTest {

	private static final WireMockServer FILE_SERVICE = started();

	public static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	private static final AtomicInteger PINCODES = new AtomicInteger(200000);

	private static final AtomicLong PHONES = new AtomicLong(7_000_000_000L + (System.nanoTime() % 100_000_000L));

	/** MG Road, Bengaluru: where the test orders go. */
	public static final double ADDRESS_LATITUDE = 12.9756;

	public static final double ADDRESS_LONGITUDE = 77.6050;

	/** LOCAL-ONLY test key for the doorstep codes; production reads DELIVERY_OTP_KEY. */
	public static final String TEST_OTP_KEY = "test-only-delivery-otp-key-0123456789";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("vurksha.delivery.otp.key", () -> TEST_OTP_KEY);
		registry.add("vurksha.delivery.file-service.url", FILE_SERVICE::baseUrl);
		// Tests run the assignment sweep themselves; a background sweep would compete with unrelated tests for the
		// small test connection pool and assign deliveries a test expects to be waiting.
		registry.add("vurksha.delivery.assignment.sweep-interval", () -> "1h");
	}

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected DeliveryIntake intake;

	protected Api api;

	protected final FileService fileService = new FileService(FILE_SERVICE);

	protected String admin;

	protected String customer;

	/** The order service's token: slot bookings and tracking are internal endpoints. */
	protected String orderService;

	@BeforeEach
	void connect() {
		api = new Api(rest, json);
		admin = TestTokens.admin();
		customer = TestTokens.customer();
		orderService = TestTokens.service("order-service", "delivery-service", "slots:book", "deliveries:read");
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		return server;
	}

	/** A pincode no zone serves yet. */
	protected static String freshPincode() {
		return String.valueOf(PINCODES.incrementAndGet());
	}

	/** Opens a zone (₹30 fee, free from ₹499, minimum ₹99) serving the given pincodes; answers its id. */
	protected String zoneServing(String... pincodes) {
		Api.Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/delivery/zones", admin,
				object("name", "Zone " + UUID.randomUUID(), "hub", "Test hub", "deliveryFee", 3000,
						"freeDeliveryThreshold", 49900, "minimumOrderValue", 9900, "pincodes", List.of(pincodes)));
		assertThat(reply.status()).isEqualTo(201);
		return reply.data().get("id").asString();
	}

	/** A slot of the zone starting at {@code startsAt}, two hours long, written straight to the table. */
	protected String slot(String zoneId, Instant startsAt, int capacity, int cutoffMinutes) {
		String id = "slot-" + UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO slot (id, zone_id, delivery_date, starts_at, ends_at, capacity, cutoff_minutes)
				VALUES (:id, :zone, :date, :startsAt, :endsAt, :capacity, :cutoff)""")
			.param("id", id)
			.param("zone", zoneId)
			.param("date", LocalDate.ofInstant(startsAt, KOLKATA))
			.param("startsAt", Timestamp.from(startsAt))
			.param("endsAt", Timestamp.from(startsAt.plus(Duration.ofHours(2))))
			.param("capacity", capacity)
			.param("cutoff", cutoffMinutes)
			.update();
		return id;
	}

	/** A slot two days ahead with the given capacity and a one-hour cutoff. */
	protected String openSlot(String zoneId, int capacity) {
		return slot(zoneId, Instant.now().plus(Duration.ofDays(2)), capacity, 60);
	}

	protected int booked(String slotId) {
		return jdbc.sql("SELECT booked FROM slot WHERE id = :id").param("id", slotId).query(Integer.class).single();
	}

	protected Api.Reply book(String bookingId, String slotId, String pincode) {
		return api.send(HttpMethod.POST, "/internal/v1/slot-bookings", orderService,
				object("bookingId", bookingId, "slotId", slotId, "pincode", pincode));
	}

	/** A rider set up by an operator and bound to its own user, with that user's RIDER token. */
	protected record TestRider(String id, String userId, String token) {
	}

	/** An Indian mobile number no rider has yet. */
	protected static String freshPhone() {
		return "+91" + PHONES.incrementAndGet();
	}

	/** A rider of the zone on shift all day with the given capacity, created through the operator API. */
	protected TestRider rider(String zoneId, int capacity) {
		String userId = "rider-user-" + UUID.randomUUID();
		Api.Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/riders", admin,
				object("phone", freshPhone(), "name", "Test Rider", "zoneId", zoneId, "shiftStart", "00:00",
						"shiftEnd", "23:59:59", "capacity", capacity, "userId", userId));
		assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
		return new TestRider(reply.data().get("id").asString(), userId,
				TestTokens.token(userId, List.of("RIDER"), TestTokens.ISSUER, Duration.ofMinutes(15)));
	}

	/** Opens the delivery of a packed COD order (₹250 to collect) to MG Road for the customer; answers the order id. */
	protected String packedOrder(String zoneId, String customerId) {
		String orderId = "order-" + UUID.randomUUID();
		intake.open(new OrderDetails(orderId, "VK-" + orderId.substring(6, 14), customerId, zoneId, "slot-1",
				Instant.now(), Instant.now().plus(Duration.ofHours(2)), new DeliveryAddress("Home", "12 MG Road", null,
						null, "Bengaluru", "Karnataka", "560001", ADDRESS_LATITUDE, ADDRESS_LONGITUDE),
				25000));
		return orderId;
	}

	protected String deliveryOf(String orderId) {
		return jdbc.sql("SELECT id FROM delivery WHERE order_id = :order").param("order", orderId)
			.query(String.class)
			.single();
	}

	protected String deliveryStatus(String deliveryId) {
		return jdbc.sql("SELECT status FROM delivery WHERE id = :id").param("id", deliveryId).query(String.class)
			.single();
	}

	protected String riderOf(String deliveryId) {
		return jdbc.sql("SELECT rider_id FROM delivery WHERE id = :id").param("id", deliveryId).query(String.class)
			.optional()
			.orElse(null);
	}

	protected int openCount(String riderId) {
		return jdbc.sql("SELECT open_count FROM rider WHERE id = :id").param("id", riderId).query(Integer.class)
			.single();
	}

	/** Payloads of the delivery's events of one type in the outbox, oldest first. */
	protected List<JsonNode> outboxEvents(String deliveryId, String type) {
		return jdbc.sql("SELECT payload::text FROM platform.outbox WHERE aggregate_type = 'delivery' "
				+ "AND aggregate_id = :id AND type = :type ORDER BY seq")
			.param("id", deliveryId)
			.param("type", type)
			.query(String.class)
			.list()
			.stream()
			.map(json::readTree)
			.toList();
	}

	protected static String field(JsonNode node, String name) {
		return node.get(name).asString();
	}
}
