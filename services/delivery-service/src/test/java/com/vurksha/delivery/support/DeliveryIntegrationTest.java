package com.vurksha.delivery.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

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

import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One running delivery service on the real servers, shared by the integration test classes that extend this, with
 * fixtures that read as what they set up: a zone serving fresh pincodes, a slot starting at a given time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import(TestTokens.Config.class)
public abstract class DeliveryIntegrationTest {

	public static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	private static final AtomicInteger PINCODES = new AtomicInteger(200000);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
	}

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected JdbcClient jdbc;

	protected Api api;

	protected String admin;

	protected String customer;

	@BeforeEach
	void connect() {
		api = new Api(rest, json);
		admin = TestTokens.admin();
		customer = TestTokens.customer();
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
		return api.send(HttpMethod.POST, "/internal/v1/slot-bookings", customer,
				object("bookingId", bookingId, "slotId", slotId, "pincode", pincode));
	}

	protected static String field(JsonNode node, String name) {
		return node.get(name).asString();
	}
}
