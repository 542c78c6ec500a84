package com.vurksha.cart.ordering;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrderPlacedTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsTheUserAndTheOrderedQuantitiesAndIgnoresTheRest() {
		OrderPlaced placed = OrderPlaced.from(payload("""
				{"orderId":"o-1","number":"VK-20261125-000001","userId":"u-1","status":"CONFIRMED","total":12000,
				 "lines":[{"variantId":"tomato","quantity":2,"price":4000},{"variantId":"onion","quantity":1}]}
				"""));

		assertThat(placed.orderId()).isEqualTo("o-1");
		assertThat(placed.userId()).isEqualTo("u-1");
		assertThat(placed.quantities()).containsExactly(entry("tomato", 2),
				entry("onion", 1));
	}

	@Test
	void readsTheCartVersionTheOrderWasPlacedFrom() {
		OrderPlaced placed = OrderPlaced.from(payload("""
				{"userId":"u-1","cartVersion":1764825600123456,"lines":[{"variantId":"tomato","quantity":2}]}
				"""));

		assertThat(placed.cartVersion()).hasValue(1764825600123456L);
	}

	@Test
	void anEventFromBeforeCartVersionsHasNone() {
		assertThat(OrderPlaced.from(payload("{\"userId\":\"u-1\",\"lines\":[]}")).cartVersion()).isEmpty();
		assertThat(OrderPlaced.from(payload("{\"userId\":\"u-1\",\"cartVersion\":null,\"lines\":[]}")).cartVersion())
			.isEmpty();
	}

	@Test
	void anUnreadableCartVersionCountsAsNone() {
		assertThat(OrderPlaced.from(payload("{\"userId\":\"u-1\",\"cartVersion\":\"soon\",\"lines\":[]}"))
			.cartVersion()).isEmpty();
	}

	@Test
	void addsUpTwoLinesOfTheSameVariant() {
		OrderPlaced placed = OrderPlaced.from(payload("""
				{"userId":"u-1","lines":[{"variantId":"tomato","quantity":2},{"variantId":"tomato","quantity":3}]}
				"""));

		assertThat(placed.quantities()).containsEntry("tomato", 5);
	}

	@Nested
	class Refuses {

		@Test
		void anEventWithoutItsUser() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> OrderPlaced.from(payload("{\"lines\":[{\"variantId\":\"a\",\"quantity\":1}]}")));
		}

		@Test
		void aLineWithoutAPositiveQuantity() {
			assertThatIllegalArgumentException().isThrownBy(() -> OrderPlaced
				.from(payload("{\"userId\":\"u\",\"lines\":[{\"variantId\":\"a\",\"quantity\":0}]}")));
		}
	}

	private JsonNode payload(String text) {
		return json.readTree(text);
	}
}
