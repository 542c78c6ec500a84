package com.vurksha.product.inventory;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.product.support.TestServiceTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock moves over real HTTP. The outbox relay is off here so that outbox rows stay as written and their
 * transaction id can be compared with the ledger's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class InventoryIntegrationTests {

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("vurksha.events.relay.enabled", () -> "false");
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String admin;

	String productId;

	String variantId;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
		admin = TestTokens.token("ops-priya", List.of("ADMIN"), TestTokens.ISSUER, Duration.ofMinutes(15));
		String category = api.send(HttpMethod.POST, "/api/v1/admin/categories", admin, object("name", "Dairy " + unique()))
			.data()
			.get("id")
			.asString();
		String farm = api.send(HttpMethod.POST, "/api/v1/admin/farms", admin,
				object("name", "Gokul " + unique(), "state", "Karnataka"))
			.data()
			.get("id")
			.asString();
		JsonNode product = api.send(HttpMethod.POST, "/api/v1/admin/products", admin,
				object("name", "Paneer " + unique(), "categoryId", category, "farmId", farm, "gstRate", 500, "variants",
						List.of(object("unit", "G", "unitValue", 200, "price", 9000, "mrp", 9500, "initialStock", 20))))
			.data();
		productId = product.get("id").asString();
		variantId = product.get("variants").get(0).get("id").asString();
	}

	@Test
	void setsACountedFigureWritingTheLedgerAndTheEventInOneTransaction() {
		Reply reply = put(object("onHand", 50, "reason", "COUNT", "note", "Morning count"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("onHand").asInt()).isEqualTo(50);
		assertThat(reply.data().get("available").asInt()).isEqualTo(50);
		JsonNode line = reply.data().get("recentMovements").get(0);
		assertThat(line.get("delta").asInt()).isEqualTo(30);
		assertThat(line.get("reason").asString()).isEqualTo("COUNT");
		assertThat(line.get("onHandAfter").asInt()).isEqualTo(50);
		assertThat(line.get("actor").asString()).isEqualTo("ops-priya");
		assertThat(line.get("note").asString()).isEqualTo("Morning count");
		String ledgerTransaction = jdbc
			.sql("SELECT xmin::text FROM stock_movement WHERE variant_id = :id ORDER BY id DESC LIMIT 1")
			.param("id", variantId)
			.query(String.class)
			.single();
		String eventTransaction = jdbc.sql("""
				SELECT xmin::text FROM platform.outbox WHERE aggregate_id = :id AND type = 'product.stock.changed'
				ORDER BY seq DESC LIMIT 1""").param("id", variantId).query(String.class).single();
		assertThat(eventTransaction).isEqualTo(ledgerTransaction);
		JsonNode payload = json.readTree(jdbc.sql("""
				SELECT payload::text FROM platform.outbox WHERE aggregate_id = :id AND type = 'product.stock.changed'
				ORDER BY seq DESC LIMIT 1""").param("id", variantId).query(String.class).single());
		assertThat(payload.get("productId").asString()).isEqualTo(productId);
		assertThat(payload.get("onHand").asInt()).isEqualTo(50);
		assertThat(payload.get("available").asInt()).isEqualTo(50);
		assertThat(payload.get("delta").asInt()).isEqualTo(30);
		assertThat(payload.get("reason").asString()).isEqualTo("COUNT");
	}

	@Test
	void adjustsByADelta() {
		Reply reply = put(object("delta", -5, "reason", "WRITE_OFF", "note", "Soured in transit"));

		assertThat(reply.data().get("onHand").asInt()).isEqualTo(15);
		assertThat(reply.data().get("recentMovements")).extracting(m -> m.get("reason").asString())
			.containsExactly("WRITE_OFF", "RECEIVE");
	}

	@Test
	void showsStockWithTheLatestLedgerLinesFirst() {
		put(object("delta", 10, "reason", "RECEIVE"));

		Reply reply = api.get("/api/v1/admin/inventory/" + variantId, admin);

		assertThat(reply.data().get("productId").asString()).isEqualTo(productId);
		assertThat(reply.data().get("reserved").asInt()).isZero();
		assertThat(reply.data().get("recentMovements")).extracting(m -> m.get("delta").asInt()).containsExactly(10, 20);
	}

	@Test
	void showsASellOutInTheShopAtOnce() {
		String path = "/api/v1/products/" + productId;
		assertThat(api.get(path).data().get("inStock").asBoolean()).isTrue();

		put(object("onHand", 0, "reason", "COUNT"));

		JsonNode product = api.get(path).data();
		assertThat(product.get("inStock").asBoolean()).isFalse();
		assertThat(product.get("variants").get(0).get("inStock").asBoolean()).isFalse();
	}

	@Nested
	class Refuses {

		@Test
		void toGoBelowZeroAndWritesNothing() {
			int ledgerLines = count("SELECT count(*) FROM stock_movement WHERE variant_id = :id");
			int events = count("SELECT count(*) FROM platform.outbox WHERE aggregate_id = :id");

			Reply reply = put(object("delta", -21, "reason", "ADJUST"));

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("INSUFFICIENT_STOCK");
			assertThat(count("SELECT count(*) FROM stock_movement WHERE variant_id = :id")).isEqualTo(ledgerLines);
			assertThat(count("SELECT count(*) FROM platform.outbox WHERE aggregate_id = :id")).isEqualTo(events);
			assertThat(api.get("/api/v1/admin/inventory/" + variantId, admin).data().get("onHand").asInt()).isEqualTo(20);
		}

		@Test
		void aNegativeCount() {
			assertValidationFailed(put(object("onHand", -1, "reason", "COUNT")), "onHand");
		}

		@Test
		void bothACountAndADelta() {
			assertValidationFailed(put(object("onHand", 5, "delta", 5, "reason", "ADJUST")), "onHand");
		}

		@Test
		void neitherACountNorADelta() {
			assertValidationFailed(put(object("reason", "ADJUST")), "onHand");
		}

		@Test
		void aMissingReason() {
			assertValidationFailed(put(object("delta", 5)), "reason");
		}

		@Test
		void aReasonOnlyCheckoutMayRecord() {
			assertValidationFailed(put(object("delta", 5, "reason", "ALLOCATE")), "reason");
		}

		@Test
		void anUnknownReason() {
			Reply reply = put(object("delta", 5, "reason", "STOLEN"));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.body().get("success").asBoolean()).isFalse();
		}

		@Test
		void aWriteOffThatAddsStock() {
			assertValidationFailed(put(object("delta", 5, "reason", "WRITE_OFF")), "reason");
		}

		@Test
		void anUnknownVariant() {
			Reply put = api.send(HttpMethod.PUT, "/api/v1/admin/inventory/no-such-variant", admin,
					object("delta", 1, "reason", "RECEIVE"));
			Reply get = api.get("/api/v1/admin/inventory/no-such-variant", admin);

			assertThat(put.status()).isEqualTo(404);
			assertThat(put.errorCode()).isEqualTo("VARIANT_NOT_FOUND");
			assertThat(get.errorCode()).isEqualTo("VARIANT_NOT_FOUND");
		}

		private void assertValidationFailed(Reply reply, String field) {
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.body().get("error").get("details")).extracting(d -> d.get("field").asString())
				.contains(field);
		}
	}

	private Reply put(Object body) {
		return api.send(HttpMethod.PUT, "/api/v1/admin/inventory/" + variantId, admin, body);
	}

	private int count(String sql) {
		return jdbc.sql(sql).param("id", variantId).query(Integer.class).single();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
