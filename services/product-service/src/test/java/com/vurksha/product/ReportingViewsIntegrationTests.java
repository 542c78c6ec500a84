package com.vurksha.product;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.product.catalog.Measure;
import com.vurksha.product.catalog.Unit;
import com.vurksha.platformtest.ReportingSchema;
import com.vurksha.product.support.TestServiceTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The reporting views the admin service reads from a replica: their columns keep the committed contract, they answer
 * what the catalogue and the stock ledger say after real API calls, and the reporting role reads them but none of
 * the service's own tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class ReportingViewsIntegrationTests {

	private static final List<String> VIEWS = List.of("products_v1", "stock_v1", "stock_movements_v1");

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
	Environment environment;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(rest, json);
	}

	@Nested
	class Contract {

		@Test
		void everyViewHasTheCommittedColumnsWithTheirTypes() {
			assertThat(ReportingSchema.views(jdbc)).containsExactlyInAnyOrderElementsOf(VIEWS);
			for (String view : VIEWS) {
				assertThat(ReportingSchema.columnsOf(jdbc, view)).as("reporting.%s", view)
					.containsAllEntriesOf(ReportingSchema.committedColumns(view));
			}
		}

		@Test
		void everyViewAndColumnSaysWhatItMeans() {
			for (String view : VIEWS) {
				assertThat(ReportingSchema.viewComment(jdbc, view)).as("reporting.%s", view).isNotBlank();
				assertThat(ReportingSchema.uncommentedColumns(jdbc, view)).as("reporting.%s", view).isEmpty();
			}
		}

		@Test
		void theReportingRoleReadsTheViewsButNoneOfTheServicesTables() throws SQLException {
			List<String> tables = ReportingSchema.ownTables(jdbc);
			assertThat(tables).contains("public.product", "public.inventory", "public.stock_movement");

			ReportingSchema.asReportingReader(jdbc, environment.getRequiredProperty("spring.datasource.url"),
					connection -> {
						try (Statement statement = connection.createStatement()) {
							for (String view : VIEWS) {
								statement.executeQuery("SELECT * FROM reporting." + view + " LIMIT 1").close();
							}
							for (String table : tables) {
								SQLException refused = catchThrowableOfType(SQLException.class,
										() -> statement.executeQuery("SELECT 1 FROM " + table + " LIMIT 1"));
								assertThat((Throwable) refused).as(table).isNotNull();
								assertThat(refused.getSQLState()).as(table).isEqualTo("42501");
							}
						}
					});
		}
	}

	@Nested
	class Meaning {

		String admin;

		String adminId;

		String category;

		String farm;

		@BeforeEach
		void catalogue() {
			adminId = "ops-" + unique();
			admin = TestTokens.token(adminId, List.of("ADMIN"), TestTokens.ISSUER, Duration.ofMinutes(15));
			category = create("/api/v1/admin/categories", object("name", "Veg " + unique()));
			farm = create("/api/v1/admin/farms", object("name", "Kolar " + unique(), "state", "Karnataka"));
		}

		@Test
		void productsCarryTheirCategoryAndFarmNamesAndWithdrawalShows() {
			JsonNode product = product("Tomato", object("unit", "KG", "unitValue", 1, "price", 4000, "mrp", 5000));
			String id = product.get("id").asString();

			Map<String, Object> row = row("products_v1", "product_id", id);
			assertThat(row.get("name")).isEqualTo(product.get("name").asString());
			assertThat(row.get("slug")).isEqualTo(product.get("slug").asString());
			assertThat(row.get("category_id")).isEqualTo(category);
			assertThat((String) row.get("category_name")).startsWith("Veg ");
			assertThat(row.get("farm_id")).isEqualTo(farm);
			assertThat((String) row.get("farm_name")).startsWith("Kolar ");
			assertThat(row.get("active")).isEqualTo(true);
			assertThat(row.get("created_at")).isNotNull();

			Reply withdrawn = api.send(HttpMethod.DELETE, "/api/v1/admin/products/" + id, admin, null);

			assertThat(withdrawn.status()).isEqualTo(204);
			assertThat(row("products_v1", "product_id", id).get("active")).isEqualTo(false);
			String variant = product.get("variants").get(0).get("id").asString();
			Map<String, Object> stock = row("stock_v1", "variant_id", variant);
			assertThat(stock.get("active")).isEqualTo(false);
			assertThat(stock.get("product_active")).isEqualTo(false);
			assertThat(stock.get("variant_active")).isEqualTo(true);
		}

		@Test
		void stockShowsWhatIsOnHandReservedAndAvailableAsTheShopCountsIt() {
			JsonNode product = product("Tomato",
					object("unit", "KG", "unitValue", 1, "price", 4000, "mrp", 5000, "initialStock", 3),
					object("unit", "PIECE", "unitValue", 6, "price", 9000, "mrp", 9000, "minQuantity", 2,
							"stepQuantity", 2, "maxPerOrder", 6, "initialStock", 5));
			String tomato = variantId(product, "KG");
			String eggs = variantId(product, "PIECE");
			String customer = "customer-" + unique();

			reserve(customer, tomato, 2);
			stock(tomato, object("delta", -1, "reason", "WRITE_OFF", "note", "Split in the crate"));

			Map<String, Object> soldOut = row("stock_v1", "variant_id", tomato);
			assertThat(soldOut.get("product_id")).isEqualTo(product.get("id").asString());
			assertThat(soldOut.get("product_name")).isEqualTo(product.get("name").asString());
			assertThat(soldOut.get("variant_label")).isEqualTo("1 kg");
			assertThat(soldOut.get("farm_id")).isEqualTo(farm);
			assertThat(soldOut.get("category_id")).isEqualTo(category);
			assertThat(soldOut).containsEntry("on_hand_quantity", 2)
				.containsEntry("reserved_quantity", 2)
				.containsEntry("available_quantity", 0)
				.containsEntry("in_stock", false)
				.containsEntry("active", true);
			assertThat(soldOut.get("stock_updated_at")).isNotNull();
			assertThat(shopSaysInStock(product.get("id").asString(), tomato)).isFalse();

			Map<String, Object> onSale = row("stock_v1", "variant_id", eggs);
			assertThat(onSale.get("variant_label")).isEqualTo("6 pieces");
			assertThat(onSale).containsEntry("available_quantity", 5)
				.containsEntry("min_quantity", 2)
				.containsEntry("max_per_order", 6)
				.containsEntry("in_stock", true);
			assertThat(shopSaysInStock(product.get("id").asString(), eggs)).isTrue();
		}

		@Test
		void labelsPacksAsTheShopDoes() {
			List<Measure> measures = List.of(new Measure(Unit.G, 500), new Measure(Unit.G, 1500),
					new Measure(Unit.G, 2000), new Measure(Unit.KG, 2), new Measure(Unit.ML, 250),
					new Measure(Unit.ML, 1250), new Measure(Unit.L, 1), new Measure(Unit.PIECE, 1),
					new Measure(Unit.PIECE, 4), new Measure(Unit.BUNCH, 1), new Measure(Unit.BUNCH, 3),
					new Measure(Unit.DOZEN, 1));
			JsonNode product = product("Mixed", measures.stream()
				.map(m -> object("unit", m.unit().name(), "unitValue", m.value(), "price", 1000, "mrp", 1000))
				.toArray());

			for (JsonNode variant : product.get("variants")) {
				Measure measure = new Measure(Unit.valueOf(variant.get("unit").asString()),
						variant.get("unitValue").asInt());
				assertThat(row("stock_v1", "variant_id", variant.get("id").asString()).get("variant_label"))
					.as(measure.toString())
					.isEqualTo(measure.label());
			}
		}

		@Test
		void movementsListReceiptsHoldsAndWriteOffsWithTheirReasons() {
			JsonNode product = product("Paneer",
					object("unit", "G", "unitValue", 200, "price", 9000, "mrp", 9500, "initialStock", 20));
			String paneer = variantId(product, "G");
			String customer = "customer-" + unique();
			String reservation = reserve(customer, paneer, 3);
			stock(paneer, object("delta", 10, "reason", "RECEIVE"));
			stock(paneer, object("delta", -4, "reason", "WRITE_OFF", "note", "Past its date"));
			stock(paneer, object("onHand", 25, "reason", "COUNT"));

			List<Map<String, Object>> lines = jdbc.sql("""
					SELECT * FROM reporting.stock_movements_v1 WHERE variant_id = :id
					ORDER BY occurred_at, movement_id::bigint""").param("id", paneer).query().listOfRows();

			assertThat(lines).extracting(line -> line.get("reason"))
				.containsExactly("RECEIVE", "RESERVE", "RECEIVE", "WRITE_OFF", "COUNT");
			assertThat(lines).extracting(line -> line.get("on_hand_delta")).containsExactly(20, 0, 10, -4, -1);
			assertThat(lines).extracting(line -> line.get("on_hand_after")).containsExactly(20, 20, 30, 26, 25);
			assertThat(lines).extracting(line -> line.get("reserved_delta")).containsExactly(0, 3, 0, 0, 0);
			assertThat(lines).extracting(line -> line.get("product_id")).containsOnly(product.get("id").asString());
			Map<String, Object> hold = lines.get(1);
			assertThat(hold).containsEntry("reserved_after", 3)
				.containsEntry("reservation_id", reservation)
				.containsEntry("actor_id", customer);
			Map<String, Object> writeOff = lines.get(3);
			assertThat(writeOff.get("actor_id")).isEqualTo(adminId);
			assertThat(writeOff.get("reservation_id")).isNull();
			assertThat(writeOff.get("reserved_after")).isNull();
			assertThat(writeOff).doesNotContainKey("note");
		}

		private String create(String path, Map<String, Object> body) {
			return api.send(HttpMethod.POST, path, admin, body).data().get("id").asString();
		}

		private JsonNode product(String name, Object... variants) {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/products", admin,
					object("name", name + " " + unique(), "categoryId", category, "farmId", farm, "gstRate", 0,
							"variants", List.of(variants)));
			assertThat(reply.status()).isEqualTo(201);
			return reply.data();
		}

		private String reserve(String customer, String variantId, int quantity) {
			String id = "order-" + unique();
			Reply reply = api.send(HttpMethod.POST, "/internal/v1/stock/reservations",
					TestTokens.service("order-service", "product-service", "stock:reserve"),
					object("reservationId", id, "lines", List.of(object("variantId", variantId, "quantity", quantity))),
					TestTokens.customerContext(TestTokens.customer(customer)));
			assertThat(reply.status()).isEqualTo(201);
			return id;
		}

		private void stock(String variantId, Map<String, Object> update) {
			assertThat(api.send(HttpMethod.PUT, "/api/v1/admin/inventory/" + variantId, admin, update).status())
				.isEqualTo(200);
		}

		private boolean shopSaysInStock(String productId, String variantId) {
			for (JsonNode variant : api.get("/api/v1/products/" + productId).data().get("variants")) {
				if (variant.get("id").asString().equals(variantId)) {
					return variant.get("inStock").asBoolean();
				}
			}
			throw new AssertionError("The shop does not show variant " + variantId);
		}
	}

	private Map<String, Object> row(String view, String key, String id) {
		return jdbc.sql("SELECT * FROM reporting." + view + " WHERE " + key + " = :id")
			.param("id", id)
			.query()
			.singleRow();
	}

	private static String variantId(JsonNode product, String unit) {
		for (JsonNode variant : product.get("variants")) {
			if (variant.get("unit").asString().equals(unit)) {
				return variant.get("id").asString();
			}
		}
		throw new AssertionError("no " + unit + " variant");
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
