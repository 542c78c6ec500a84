package com.vurksha.order.order;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.order.support.OrderServiceIntegrationTest;
import tools.jackson.databind.JsonNode;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

class OrderLifecycleIntegrationTests extends OrderServiceIntegrationTest {

	@Test
	void listsMyOrdersNewestFirstWithPagination() {
		Customer asha = newCustomer();
		String first = placed(asha, "COD");
		String second = placed(asha, "ONLINE");
		placed(newCustomer(), "COD");

		Reply reply = api.get("/api/v1/orders?page=1&limit=1", asha.token());

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data()).hasSize(1);
		assertThat(reply.data().get(0).get("id").asString()).isIn(first, second);
		assertThat(reply.body().get("pagination").get("total").asLong()).isEqualTo(2);
		assertThat(reply.body().get("pagination").get("hasMore").asBoolean()).isTrue();
		JsonNode all = api.get("/api/v1/orders", asha.token()).data();
		assertThat(all.findValuesAsString("id")).containsExactlyInAnyOrder(first, second);
		assertThat(all.get(0).get("itemCount").asInt()).isEqualTo(2);
	}

	@Test
	void showsMyOrderWithItemsTotalsAndTimeline() {
		Customer asha = newCustomer();
		String id = placed(asha, "COD");

		Reply reply = api.get("/api/v1/orders/" + id, asha.token());

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("items")).hasSize(2);
		assertThat(reply.data().get("total").asLong()).isEqualTo(25_000);
		assertThat(reply.data().get("timeline").get(0).get("actor").asString()).isEqualTo(asha.id());
	}

	@Test
	void cancelsMyConfirmedOrderPublishingTheCancellation() {
		Customer asha = newCustomer();
		String id = placed(asha, "COD");

		Reply reply = api.send(HttpMethod.POST, "/api/v1/orders/" + id + "/cancel", asha.token(),
				object("reason", "Ordered twice"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("status").asString()).isEqualTo("CANCELLED");
		assertThat(reply.data().get("paymentStatus").asString()).isEqualTo("VOID");
		assertThat(outboxTypes(id)).endsWith("order.order.cancelled", "order.order.status-changed");
		JsonNode payload = json.readTree(jdbc.sql("""
				SELECT payload::text FROM platform.outbox WHERE aggregate_id = :id AND type = 'order.order.cancelled'""")
			.param("id", id)
			.query(String.class)
			.single());
		assertThat(payload.get("reason").asString()).isEqualTo("Ordered twice");
		assertThat(payload.get("paid").asBoolean()).isFalse();
		assertThat(payload.get("previousStatus").asString()).isEqualTo("CONFIRMED");
		assertThat(payload.get("reservationId").asString()).isEqualTo(id);
		assertThat(payload.get("bookingId").asString()).isEqualTo(id);
	}

	@Test
	void tellsThePaymentServiceAboutMyOrderOnly() {
		Customer asha = newCustomer();
		String id = placed(asha, "ONLINE");

		String paymentService = TestTokens.service("payment-service", "order-service", "orders:read");
		Reply mine = api.get("/internal/v1/orders/" + id, paymentService, TestTokens.customerContext(asha.token()));
		Reply theirs = api.get("/internal/v1/orders/" + id, paymentService,
				TestTokens.customerContext(newCustomer().token()));

		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.data().get("status").asString()).isEqualTo("PENDING_PAYMENT");
		assertThat(mine.data().get("paymentStatus").asString()).isEqualTo("PENDING");
		assertThat(mine.data().get("total").asLong()).isEqualTo(25_000);
		assertThat(mine.data().get("userId").asString()).isEqualTo(asha.id());
		assertThat(mine.data().get("number").asString()).startsWith("VK-");
		assertThat(theirs.status()).isEqualTo(404);
	}

	@Nested
	class AnotherCustomersOrder {

		@Test
		void isNotFoundAsIfItDidNotExist() {
			String id = placed(newCustomer(), "COD");
			String ravi = newCustomer().token();

			Reply theirs = api.get("/api/v1/orders/" + id, ravi);
			Reply missing = api.get("/api/v1/orders/no-such-order", ravi);

			assertThat(theirs.status()).isEqualTo(404);
			assertThat(theirs.errorCode()).isEqualTo("ORDER_NOT_FOUND");
			assertThat(missing.errorCode()).isEqualTo("ORDER_NOT_FOUND");
		}

		@Test
		void cannotBeCancelled() {
			String id = placed(newCustomer(), "COD");

			Reply reply = api.send(HttpMethod.POST, "/api/v1/orders/" + id + "/cancel", newCustomer().token(),
					object("reason", "mischief"));

			assertThat(reply.status()).isEqualTo(404);
			assertThat(jdbc.sql("SELECT status FROM customer_order WHERE id = :id").param("id", id)
				.query(String.class).single()).isEqualTo("CONFIRMED");
		}
	}

	@Nested
	class OperatorStatusChanges {

		@Test
		void moveAnOrderAlongToDelivered() {
			String id = placed(newCustomer(), "COD");

			for (String status : new String[] { "PACKED", "OUT_FOR_DELIVERY", "DELIVERED" }) {
				Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/status", admin(),
						object("status", status));
				assertThat(reply.status()).isEqualTo(200);
				assertThat(reply.data().get("status").asString()).isEqualTo(status);
			}
			assertThat(outboxCount(id, "order.order.status-changed")).isEqualTo(3);
		}

		@Test
		void refuseAnIllegalMoveWith409NamingTheCurrentStatus() {
			String id = placed(newCustomer(), "COD");

			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/status", admin(),
					object("status", "DELIVERED"));

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("ILLEGAL_TRANSITION");
			assertThat(reply.body().get("error").get("message").asString()).contains("CONFIRMED");
		}

		@Test
		void stopTheCustomerCancellingOncePacked() {
			Customer asha = newCustomer();
			String id = placed(asha, "COD");
			api.send(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/status", admin(), object("status", "PACKED"));

			Reply reply = api.send(HttpMethod.POST, "/api/v1/orders/" + id + "/cancel", asha.token(),
					object("reason", "too late"));

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("ILLEGAL_TRANSITION");
			assertThat(reply.body().get("error").get("message").asString()).contains("PACKED");
		}

		@Test
		void needTheAdminRole() {
			Customer asha = newCustomer();
			String id = placed(asha, "COD");

			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/status", asha.token(),
					object("status", "PACKED"));

			assertThat(reply.status()).isEqualTo(403);
		}

		@Test
		void refuseAnUnknownStatusAsBadInput() {
			String id = placed(newCustomer(), "COD");

			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/status", admin(),
					object("status", "TELEPORTED"));

			assertThat(reply.status()).isEqualTo(400);
		}

		@Test
		void answer404ForAnUnknownOrder() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/orders/nope/status", admin(),
					object("status", "PACKED"));

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("ORDER_NOT_FOUND");
		}
	}
}
