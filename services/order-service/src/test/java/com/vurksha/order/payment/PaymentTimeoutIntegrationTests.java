package com.vurksha.order.payment;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.vurksha.order.support.OrderServiceIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The payment timeout job, driven by moving the service's clock past the deadline and running it. */
class PaymentTimeoutIntegrationTests extends OrderServiceIntegrationTest {

	private static final Duration PAST_THE_DEADLINE = Duration.ofMinutes(16);

	@Autowired
	PaymentTimeouts timeouts;

	private Duration moved = Duration.ZERO;

	@AfterEach
	void restoreTheClock() {
		clock.advance(moved.negated());
	}

	@Test
	void cancelsAnUnpaidOrderOnceItsTimeIsUpPublishingTheCancellation() {
		Customer asha = newCustomer();
		String unpaid = placed(asha, "ONLINE");
		String cod = placed(asha, "COD");

		moveClock(PAST_THE_DEADLINE);
		int cancelled = timeouts.cancelOverdue();

		assertThat(cancelled).isGreaterThanOrEqualTo(1);
		JsonNode order = api.get("/api/v1/orders/" + unpaid, asha.token()).data();
		assertThat(order.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(order.get("paymentStatus").asString()).isEqualTo("VOID");
		assertThat(order.get("timeline").get(order.get("timeline").size() - 1).get("actor").asString())
			.isEqualTo("system");
		JsonNode payload = json.readTree(jdbc.sql("""
				SELECT payload::text FROM platform.outbox WHERE aggregate_id = :id AND type = 'order.order.cancelled'""")
			.param("id", unpaid)
			.query(String.class)
			.single());
		assertThat(payload.get("reason").asString()).isEqualTo("PAYMENT_TIMEOUT");
		assertThat(payload.get("previousStatus").asString()).isEqualTo("PENDING_PAYMENT");
		assertThat(payload.get("paid").asBoolean()).isFalse();
		assertThat(api.get("/api/v1/orders/" + cod, asha.token()).data().get("status").asString())
			.isEqualTo("CONFIRMED");
	}

	@Test
	void leavesAnUnpaidOrderAloneBeforeItsDeadlineAndCancelsItOnlyOnce() {
		Customer asha = newCustomer();
		String unpaid = placed(asha, "ONLINE");

		moveClock(Duration.ofMinutes(14));
		timeouts.cancelOverdue();
		assertThat(status(unpaid)).isEqualTo("PENDING_PAYMENT");

		moveClock(Duration.ofMinutes(2));
		timeouts.cancelOverdue();
		timeouts.cancelOverdue();

		assertThat(status(unpaid)).isEqualTo("CANCELLED");
		assertThat(outboxCount(unpaid, "order.order.cancelled")).isEqualTo(1);
	}

	private void moveClock(Duration by) {
		clock.advance(by);
		moved = moved.plus(by);
	}

	private String status(String orderId) {
		return jdbc.sql("SELECT status FROM customer_order WHERE id = :id").param("id", orderId)
			.query(String.class).single();
	}
}
