package com.vurksha.product.purchase;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveredOrderTests {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsTheOrderCustomerTimeAndEveryLine() {
		DeliveredOrder order = DeliveredOrder.from(payload(Map.of("orderId", "o-1", "userId", "u-1", "deliveredAt",
				"2026-11-25T10:00:00Z", "lines", List.of(Map.of("variantId", "v-1", "productId", "p-1", "quantity", 2),
						Map.of("variantId", "v-2", "quantity", 1)))))
			.orElseThrow();

		assertThat(order.orderId()).isEqualTo("o-1");
		assertThat(order.userId()).isEqualTo("u-1");
		assertThat(order.deliveredAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
		assertThat(order.lines()).containsExactly(new DeliveredOrder.Line("p-1", "v-1"),
				new DeliveredOrder.Line(null, "v-2"));
	}

	@Test
	void leavesOutLinesThatNameNeitherProductNorVariant() {
		DeliveredOrder order = DeliveredOrder
			.from(payload(Map.of("orderId", "o-1", "userId", "u-1", "lines", List.of(Map.of("quantity", 1)))))
			.orElseThrow();

		assertThat(order.lines()).isEmpty();
		assertThat(order.deliveredAt()).isNull();
	}

	@Nested
	class IsUnusable {

		@Test
		void withoutACustomer() {
			assertThat(DeliveredOrder.from(payload(Map.of("orderId", "o-1", "lines", List.of())))).isEmpty();
		}

		@Test
		void withoutLines() {
			assertThat(DeliveredOrder.from(payload(Map.of("orderId", "o-1", "userId", "u-1")))).isEmpty();
		}

		@Test
		void withoutAPayload() {
			assertThat(DeliveredOrder.from(null)).isEmpty();
		}
	}

	private JsonNode payload(Map<String, Object> fields) {
		return json.valueToTree(fields);
	}
}
