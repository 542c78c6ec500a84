package com.vurksha.product.reservation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventMessages;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.product.support.TestServiceTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Checkout reservations over real HTTP against the real PostgreSQL, and order events through the real RabbitMQ.
 * The expiry job is switched off so that the tests run it themselves, after moving a reservation's expiry into the
 * past.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class StockReservationIntegrationTests {

	static final String RESERVATIONS = "/internal/v1/stock/reservations";

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("vurksha.reservations.expiry.enabled", () -> "false");
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReservationExpiry expiry;

	Api api;

	String admin;

	String customer;

	/** The order service's token: reservations are internal, called on the customer's behalf. */
	String orderService;

	String productId;

	/** Tomato, 1 kg packs, 3 on hand, 1 to 10 per order. */
	String tomato;

	/** Eggs, 6-packs, 5 on hand, ordered 2, 4 or 6 at a time. */
	String eggs;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
		admin = TestTokens.admin();
		customer = TestTokens.customer();
		orderService = TestTokens.service("order-service", "product-service", "stock:reserve");
		String category = api.send(HttpMethod.POST, "/api/v1/admin/categories", admin, object("name", "Veg " + unique()))
			.data()
			.get("id")
			.asString();
		String farm = api.send(HttpMethod.POST, "/api/v1/admin/farms", admin,
				object("name", "Kolar " + unique(), "state", "Karnataka"))
			.data()
			.get("id")
			.asString();
		JsonNode product = api.send(HttpMethod.POST, "/api/v1/admin/products", admin,
				object("name", "Tomato " + unique(), "nameHi", "Tamatar", "categoryId", category, "farmId", farm,
						"gstRate", 500, "hsnCode", "0702", "variants",
						List.of(object("unit", "KG", "unitValue", 1, "price", 4000, "mrp", 5000, "initialStock", 3),
								object("unit", "PIECE", "unitValue", 6, "price", 9000, "mrp", 9000, "minQuantity", 2,
										"stepQuantity", 2, "maxPerOrder", 6, "initialStock", 5))))
			.data();
		productId = product.get("id").asString();
		tomato = variantId(product, "KG");
		eggs = variantId(product, "PIECE");
	}

	@Test
	void reservesEveryLineWithTheCatalogueSnapshotTheOrderPricesWith() {
		String id = unique();

		Reply reply = reserve(id, line(tomato, 2), line(eggs, 4));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.data().get("reservationId").asString()).isEqualTo(id);
		assertThat(reply.data().get("status").asString()).isEqualTo("RESERVED");
		assertThat(Instant.parse(reply.data().get("expiresAt").asString())).isAfter(Instant.now().plusSeconds(800));
		JsonNode first = lineOf(reply, tomato);
		assertThat(first.get("productId").asString()).isEqualTo(productId);
		assertThat(first.get("productName").asString()).startsWith("Tomato ");
		assertThat(first.get("productNameHi").asString()).isEqualTo("Tamatar");
		assertThat(first.get("variantLabel").asString()).isEqualTo("1 kg");
		assertThat(first.get("unit").asString()).isEqualTo("KG");
		assertThat(first.get("unitValue").asInt()).isEqualTo(1);
		assertThat(first.get("farmName").asString()).startsWith("Kolar ");
		assertThat(first.get("price").asLong()).isEqualTo(4000);
		assertThat(first.get("mrp").asLong()).isEqualTo(5000);
		assertThat(first.get("gstRateBp").asInt()).isEqualTo(500);
		assertThat(first.get("hsnCode").asString()).isEqualTo("0702");
		assertThat(first.get("quantity").asInt()).isEqualTo(2);
		assertThat(stock(tomato)).isEqualTo(Map.of("onHand", 3, "reserved", 2));
		assertThat(stock(eggs)).isEqualTo(Map.of("onHand", 5, "reserved", 4));
		assertThat(ledger(tomato, "RESERVE")).containsExactly(2);
		assertThat(stockEvents(tomato, "RESERVE")).singleElement().satisfies(event -> {
			assertThat(event.get("reservationId").asString()).isEqualTo(id);
			assertThat(event.get("reserved").asInt()).isEqualTo(2);
			assertThat(event.get("available").asInt()).isEqualTo(1);
			assertThat(event.get("reservedDelta").asInt()).isEqualTo(2);
		});
	}

	@Test
	void showsTheProductSoldOutOnceCheckoutsHoldAllItsPacks() {
		assertThat(api.get("/api/v1/products/" + productId).data().get("inStock").asBoolean()).isTrue();

		reserve(unique(), line(tomato, 3), line(eggs, 4));

		JsonNode product = api.get("/api/v1/products/" + productId).data();
		assertThat(product.get("inStock").asBoolean()).isFalse();
		Reply variants = api.get("/internal/v1/variants?ids=" + tomato,
				TestTokens.service("cart-service", "product-service", "variants:read"));
		assertThat(variants.data().get(0).get("available").asInt()).isZero();
	}

	@Test
	void answersTheExistingReservationWhenTheSameRequestComesAgain() {
		String id = unique();
		Reply first = reserve(id, line(tomato, 2));

		Reply again = reserve(id, line(tomato, 2));

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.data().get("expiresAt").asString()).isEqualTo(first.data().get("expiresAt").asString());
		assertThat(again.data().get("lines")).hasSize(1);
		assertThat(stock(tomato).get("reserved")).isEqualTo(2);
		assertThat(ledger(tomato, "RESERVE")).containsExactly(2);
	}

	@Test
	void reservesOnceWhenTheSameReservationArrivesConcurrently() throws Exception {
		String id = unique();

		List<Reply> replies = concurrently(8, i -> reserve(id, line(tomato, 1)));

		assertThat(replies).extracting(Reply::status).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
		assertThat(stock(tomato).get("reserved")).isEqualTo(1);
	}

	@Test
	void neverOversellsWhenManyBuyersRaceForTheLastPacks() throws Exception {
		List<Reply> replies = concurrently(20, i -> reserve("buyer-" + i + "-" + unique(), line(tomato, 1)));

		assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(3);
		List<Reply> refused = replies.stream().filter(reply -> reply.status() != 201).toList();
		assertThat(refused).hasSize(17).allSatisfy(reply -> {
			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("INSUFFICIENT_STOCK");
			assertThat(reply.body().get("error").get("details").get(0).get("field").asString()).isEqualTo(tomato);
		});
		assertThat(stock(tomato)).isEqualTo(Map.of("onHand", 3, "reserved", 3));
		assertThat(ledger(tomato, "RESERVE")).containsExactly(1, 1, 1);
		assertThat(jdbc.sql("SELECT sum(reserved_delta) FROM stock_movement WHERE variant_id = :id")
			.param("id", tomato)
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM stock_reservation r JOIN stock_reservation_line l ON l.reservation_id = r.id
				WHERE l.variant_id = :id AND r.status = 'RESERVED'""").param("id", tomato).query(Integer.class).single())
			.isEqualTo(3);
	}

	@Test
	void reservesNothingWhenOneLineIsShort() {
		String id = unique();

		Reply reply = reserve(id, line(tomato, 2), line(eggs, 6));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.errorCode()).isEqualTo("INSUFFICIENT_STOCK");
		assertThat(reply.body().get("error").get("details")).singleElement().satisfies(detail -> {
			assertThat(detail.get("field").asString()).isEqualTo(eggs);
			assertThat(detail.get("message").asString()).isEqualTo("available 5");
		});
		assertThat(stock(tomato)).isEqualTo(Map.of("onHand", 3, "reserved", 0));
		assertThat(stock(eggs)).isEqualTo(Map.of("onHand", 5, "reserved", 0));
		assertThat(ledger(tomato, "RESERVE")).isEmpty();
		assertThat(stockEvents(tomato, "RESERVE")).isEmpty();
		assertThat(api.get(RESERVATIONS + "/" + id, orderService).errorCode()).isEqualTo("RESERVATION_NOT_FOUND");
	}

	@Nested
	class Commit {

		@Test
		void turnsTheReservationIntoAnAllocationThatStaysReserved() {
			String id = reserved(line(tomato, 2));

			Reply reply = post(id, "commit");

			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.data().get("status").asString()).isEqualTo("COMMITTED");
			assertThat(stock(tomato)).isEqualTo(Map.of("onHand", 3, "reserved", 2));
			assertThat(ledger(tomato, "COMMIT")).containsExactly(0);
			assertThat(stockEvents(tomato, "COMMIT")).hasSize(1);
		}

		@Test
		void isIdempotent() {
			String id = reserved(line(tomato, 2));
			post(id, "commit");

			Reply again = post(id, "commit");

			assertThat(again.status()).isEqualTo(200);
			assertThat(again.data().get("status").asString()).isEqualTo("COMMITTED");
			assertThat(ledger(tomato, "COMMIT")).hasSize(1);
		}

		@Test
		void isRefusedForAReleasedReservation() {
			String id = reserved(line(tomato, 2));
			post(id, "release");

			Reply reply = post(id, "commit");

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("RESERVATION_NOT_ACTIVE");
			assertThat(reply.body().get("error").get("message").asString()).contains("RELEASED");
		}

		@Test
		void isRefusedForAnUnknownReservation() {
			Reply reply = post("no-such-order", "commit");

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("RESERVATION_NOT_FOUND");
		}
	}

	@Nested
	class Release {

		@Test
		void givesTheHeldPacksBack() {
			String id = reserved(line(tomato, 2), line(eggs, 2));

			Reply reply = post(id, "release");

			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.data().get("status").asString()).isEqualTo("RELEASED");
			assertThat(stock(tomato)).isEqualTo(Map.of("onHand", 3, "reserved", 0));
			assertThat(stock(eggs)).isEqualTo(Map.of("onHand", 5, "reserved", 0));
			assertThat(ledger(tomato, "RELEASE")).containsExactly(-2);
			assertThat(stockEvents(eggs, "RELEASE")).singleElement()
				.satisfies(event -> assertThat(event.get("available").asInt()).isEqualTo(5));
		}

		@Test
		void givesBackTheAllocationOfACancelledConfirmedOrder() {
			String id = reserved(line(tomato, 3));
			post(id, "commit");

			post(id, "release");

			assertThat(stock(tomato)).isEqualTo(Map.of("onHand", 3, "reserved", 0));
		}

		@Test
		void isIdempotent() {
			String id = reserved(line(tomato, 2));
			post(id, "release");

			Reply again = post(id, "release");

			assertThat(again.status()).isEqualTo(200);
			assertThat(again.data().get("status").asString()).isEqualTo("RELEASED");
			assertThat(stock(tomato).get("reserved")).isZero();
			assertThat(ledger(tomato, "RELEASE")).containsExactly(-2);
		}

		@Test
		void isRefusedForAnUnknownReservation() {
			assertThat(post("no-such-order", "release").errorCode()).isEqualTo("RESERVATION_NOT_FOUND");
		}
	}

	@Nested
	class Expiry {

		@Test
		void releasesReservationsNobodyCommittedInTime() {
			String late = reserved(line(tomato, 2));
			String fresh = reserved(line(tomato, 1));
			jdbc.sql("UPDATE stock_reservation SET expires_at = now() - interval '1 minute' WHERE id = :id")
				.param("id", late)
				.update();

			int expired = expiry.expireDue();

			assertThat(expired).isEqualTo(1);
			assertThat(api.get(RESERVATIONS + "/" + late, orderService).data().get("status").asString()).isEqualTo("EXPIRED");
			assertThat(api.get(RESERVATIONS + "/" + fresh, orderService).data().get("status").asString())
				.isEqualTo("RESERVED");
			assertThat(stock(tomato)).isEqualTo(Map.of("onHand", 3, "reserved", 1));
			assertThat(ledger(tomato, "RELEASE")).containsExactly(-2);
			assertThat(post(late, "commit").errorCode()).isEqualTo("RESERVATION_NOT_ACTIVE");
			assertThat(expiry.expireDue()).isZero();
		}

		@Test
		void leavesCommittedReservationsAlone() {
			String id = reserved(line(tomato, 2));
			post(id, "commit");
			jdbc.sql("UPDATE stock_reservation SET expires_at = now() - interval '1 minute' WHERE id = :id")
				.param("id", id)
				.update();

			expiry.expireDue();

			assertThat(stock(tomato).get("reserved")).isEqualTo(2);
		}
	}

	@Nested
	class Refuses {

		@Test
		void aRequestWithoutAToken() {
			Reply reply = api.send(HttpMethod.POST, RESERVATIONS, null,
					object("reservationId", unique(), "lines", List.of(line(tomato, 1))));

			assertThat(reply.status()).isEqualTo(401);
		}

		@Test
		void aMissingReservationId() {
			assertValidationFailed(send(object("lines", List.of(line(tomato, 1)))), "reservationId");
		}

		@Test
		void noLines() {
			assertValidationFailed(send(object("reservationId", unique(), "lines", List.of())), "lines");
		}

		@Test
		void aZeroQuantity() {
			assertValidationFailed(send(object("reservationId", unique(), "lines", List.of(line(tomato, 0)))),
					"lines[0].quantity");
		}

		@Test
		void moreThanThePerOrderMaximum() {
			assertValidationFailed(reserve(unique(), line(eggs, 8)), "lines[0].quantity");
		}

		@Test
		void aQuantityBetweenThePacksSteps() {
			assertValidationFailed(reserve(unique(), line(tomato, 1), line(eggs, 3)), "lines[1].quantity");
		}

		@Test
		void theSameVariantTwice() {
			assertValidationFailed(reserve(unique(), line(tomato, 1), line(tomato, 1)), "lines[1].variantId");
		}

		@Test
		void aTooShortHold() {
			assertValidationFailed(
					send(object("reservationId", unique(), "lines", List.of(line(tomato, 1)), "ttlSeconds", 5)),
					"ttlSeconds");
		}

		@Test
		void malformedJson() {
			Reply reply = send("{\"reservationId\": ");

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.body().get("success").asBoolean()).isFalse();
		}

		@Test
		void anUnknownVariantAndReservesNothing() {
			Reply reply = reserve(unique(), line(tomato, 1), line("no-such-variant", 1));

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("VARIANT_NOT_FOUND");
			assertThat(reply.body().get("error").get("details").get(0).get("field").asString())
				.isEqualTo("no-such-variant");
			assertThat(stock(tomato).get("reserved")).isZero();
		}

		@Test
		void aVariantNoLongerSold() {
			api.send(HttpMethod.PATCH, "/api/v1/admin/products/" + productId + "/variants/" + eggs, admin,
					object("active", false));

			Reply reply = reserve(unique(), line(eggs, 2));

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("VARIANT_UNAVAILABLE");
		}

		@Test
		void aReusedReservationIdWithOtherLines() {
			String id = reserved(line(tomato, 1));

			Reply reply = reserve(id, line(tomato, 2));

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("RESERVATION_CONFLICT");
			assertThat(stock(tomato).get("reserved")).isEqualTo(1);
		}

		private void assertValidationFailed(Reply reply, String field) {
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.body().get("error").get("details")).extracting(d -> d.get("field").asString())
				.contains(field);
		}
	}

	@Nested
	class OrderEventsConsumed {

		@Autowired
		RabbitTemplate rabbit;

		@Autowired
		AmqpAdmin rabbitAdmin;

		@Autowired
		ConsumerQueue productOrderEventsQueue;

		@Autowired
		MeterRegistry meters;

		@Value("${vurksha.events.exchange}")
		String exchange;

		@Test
		void commitsOnceOnAConfirmedOrderDeliveredTwice() {
			String id = reserved(line(tomato, 2));
			EventEnvelope confirmed = envelope(OrderEvents.CONFIRMED, id);
			double duplicatesBefore = duplicates();

			publish(confirmed);
			publish(confirmed);

			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inboxEntries(confirmed)).isEqualTo(1));
			await().atMost(Duration.ofSeconds(20)).until(() -> duplicates() > duplicatesBefore);
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(status(id)).isEqualTo("COMMITTED"));
			assertThat(ledger(tomato, "COMMIT")).hasSize(1);
			assertThat(stock(tomato)).isEqualTo(Map.of("onHand", 3, "reserved", 2));
		}

		@Test
		void releasesOnceOnACancelledOrderDeliveredTwice() {
			String id = reserved(line(tomato, 2));
			EventEnvelope cancelled = envelope(OrderEvents.CANCELLED, id);
			EventEnvelope cancelledAgain = envelope(OrderEvents.CANCELLED, id);

			double duplicatesBefore = duplicates();

			publish(cancelled);
			publish(cancelled);
			publish(cancelledAgain);

			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(inboxEntries(cancelled) + inboxEntries(cancelledAgain)).isEqualTo(2));
			await().atMost(Duration.ofSeconds(20)).until(() -> duplicates() > duplicatesBefore);
			assertThat(status(id)).isEqualTo("RELEASED");
			assertThat(ledger(tomato, "RELEASE")).containsExactly(-2);
			assertThat(stock(tomato)).isEqualTo(Map.of("onHand", 3, "reserved", 0));
		}

		private EventEnvelope envelope(String type, String orderId) {
			JsonNode payload = json.valueToTree(Map.of("orderId", orderId, "userId", "customer-1", "reservationId",
					orderId, "bookingId", orderId));
			return new EventEnvelope(UUID.randomUUID().toString(), type, 1, Instant.now(), "order", orderId, null, null,
					payload);
		}

		private void publish(EventEnvelope event) {
			await().atMost(Duration.ofSeconds(20))
				.until(() -> rabbitAdmin.getQueueProperties(productOrderEventsQueue.name()) != null);
			rabbit.send(exchange, event.type(), new EventMessages(json).toMessage(event));
		}

		/** Deliveries the inbox skipped because this consumer had handled the event already. */
		private double duplicates() {
			return meters.find("vurksha.inbox.duplicates")
				.tag("consumer", productOrderEventsQueue.name())
				.counters()
				.stream()
				.mapToDouble(counter -> counter.count())
				.sum();
		}

		private int inboxEntries(EventEnvelope event) {
			return jdbc.sql("SELECT count(*) FROM platform.inbox WHERE event_id = :id")
				.param("id", event.id())
				.query(Integer.class)
				.single();
		}

		private String status(String id) {
			return jdbc.sql("SELECT status FROM stock_reservation WHERE id = :id").param("id", id).query(String.class).single();
		}
	}

	@SafeVarargs
	private Reply reserve(String id, Map<String, Object>... lines) {
		return send(object("reservationId", id, "lines", List.of(lines)));
	}

	@SafeVarargs
	private String reserved(Map<String, Object>... lines) {
		String id = unique();
		assertThat(reserve(id, lines).status()).isEqualTo(201);
		return id;
	}

	private Reply send(Object body) {
		return api.send(HttpMethod.POST, RESERVATIONS, orderService, body, TestTokens.customerContext(customer));
	}

	private Reply post(String id, String action) {
		return api.send(HttpMethod.POST, RESERVATIONS + "/" + id + "/" + action, orderService, null,
				TestTokens.customerContext(customer));
	}

	private Map<String, Integer> stock(String variantId) {
		return jdbc.sql("SELECT on_hand, reserved FROM inventory WHERE variant_id = :id")
			.param("id", variantId)
			.query((rs, row) -> Map.of("onHand", rs.getInt("on_hand"), "reserved", rs.getInt("reserved")))
			.single();
	}

	/** The reserved-count moves of the ledger lines with this reason, oldest first. */
	private List<Integer> ledger(String variantId, String reason) {
		return jdbc.sql("""
				SELECT reserved_delta FROM stock_movement WHERE variant_id = :id AND reason = :reason ORDER BY id""")
			.param("id", variantId)
			.param("reason", reason)
			.query(Integer.class)
			.list();
	}

	private List<JsonNode> stockEvents(String variantId, String reason) {
		return jdbc.sql("""
				SELECT payload::text FROM platform.outbox WHERE aggregate_id = :id AND type = 'product.stock.changed'
				ORDER BY seq""")
			.param("id", variantId)
			.query(String.class)
			.list()
			.stream()
			.map(json::readTree)
			.filter(event -> reason.equals(event.get("reason").asString()))
			.toList();
	}

	private List<Reply> concurrently(int callers, java.util.function.IntFunction<Reply> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Reply>> tasks = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			int caller = i;
			tasks.add(() -> {
				start.await();
				return call.apply(caller);
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<Reply>> futures = tasks.stream().map(pool::submit).toList();
			start.countDown();
			List<Reply> replies = new ArrayList<>();
			for (Future<Reply> future : futures) {
				replies.add(future.get());
			}
			return replies;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static JsonNode lineOf(Reply reply, String variantId) {
		for (JsonNode line : reply.data().get("lines")) {
			if (line.get("variantId").asString().equals(variantId)) {
				return line;
			}
		}
		throw new AssertionError("no line for " + variantId);
	}

	private static String variantId(JsonNode product, String unit) {
		for (JsonNode variant : product.get("variants")) {
			if (variant.get("unit").asString().equals(unit)) {
				return variant.get("id").asString();
			}
		}
		throw new AssertionError("no " + unit + " variant");
	}

	private static Map<String, Object> line(String variantId, int quantity) {
		return object("variantId", variantId, "quantity", quantity);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
