package com.vurksha.cart.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.vurksha.cart.catalogue.CatalogueVariant;
import com.vurksha.platform.error.ApiException;

import static com.vurksha.cart.cart.Lines.lineOf;
import static com.vurksha.cart.cart.Lines.retired;
import static com.vurksha.cart.cart.Lines.variant;
import static com.vurksha.cart.cart.Lines.withMaxPerOrder;
import static com.vurksha.cart.cart.Lines.withStock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CartRulesTests {

	private final CartRules rules = new CartRules(50);

	private final CatalogueVariant tomato = variant("tomato", 4000);

	@Test
	void acceptsAQuantityWithinTheLimitAndTheStock() {
		assertThatCode(() -> rules.checkChange(List.of(), "tomato", 10, tomato)).doesNotThrowAnyException();
	}

	@Test
	void acceptsChangingALineOfAFullCart() {
		List<StoredLine> full = fullCart();
		full.set(0, lineOf(tomato, 1));

		assertThatCode(() -> rules.checkChange(full, "tomato", 3, tomato)).doesNotThrowAnyException();
	}

	@Nested
	class Refuses {

		@Test
		void aQuantityAboveTheVariantsMaxPerOrder() {
			ApiException refusal = refusal(List.of(), 4, withMaxPerOrder(tomato, 3));

			assertThat(refusal.code()).isEqualTo(CartErrorCode.QUANTITY_ABOVE_MAX_PER_ORDER);
			assertThat(refusal.details()).singleElement()
				.satisfies(detail -> assertThat(detail.message()).isEqualTo("at most 3"));
		}

		@Test
		void aQuantityBelowTheVariantsMinimumOrOffItsSteps() {
			CatalogueVariant eggs = Lines.soldInSteps(tomato, 6, 6);

			assertThat(refusal(List.of(), 4, eggs).code()).isEqualTo(CartErrorCode.QUANTITY_NOT_ALLOWED);
			assertThat(refusal(List.of(), 8, eggs).code()).isEqualTo(CartErrorCode.QUANTITY_NOT_ALLOWED);
			assertThatCode(() -> rules.checkChange(List.of(), "tomato", 6, eggs)).doesNotThrowAnyException();
		}

		@Test
		void aQuantityAboveTheStock() {
			ApiException refusal = refusal(List.of(), 5, withStock(tomato, 4));

			assertThat(refusal.code()).isEqualTo(CartErrorCode.INSUFFICIENT_STOCK);
			assertThat(refusal.details()).singleElement()
				.satisfies(detail -> assertThat(detail.message()).isEqualTo("available 4"));
		}

		@Test
		void anyQuantityOfAnOutOfStockVariant() {
			assertThat(refusal(List.of(), 1, withStock(tomato, 0)).code()).isEqualTo(CartErrorCode.INSUFFICIENT_STOCK);
		}

		@Test
		void aVariantTheProductServiceDoesNotKnow() {
			assertThat(refusal(List.of(), 1, null).code()).isEqualTo(CartErrorCode.VARIANT_NOT_FOUND);
		}

		@Test
		void aVariantNoLongerSold() {
			assertThat(refusal(List.of(), 1, retired(tomato)).code()).isEqualTo(CartErrorCode.VARIANT_UNAVAILABLE);
		}

		@Test
		void aFiftyFirstLine() {
			assertThat(refusal(fullCart(), 1, tomato).code()).isEqualTo(CartErrorCode.CART_LINE_LIMIT);
		}

		private ApiException refusal(List<StoredLine> lines, int quantity, CatalogueVariant variant) {
			return catchThrowableOfType(ApiException.class,
					() -> rules.checkChange(lines, "tomato", quantity, variant));
		}
	}

	private static List<StoredLine> fullCart() {
		return new ArrayList<>(IntStream.range(0, 50).mapToObj(i -> lineOf(variant("v" + i, 1000), 1)).toList());
	}
}
