package com.vurksha.cart.cart;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vurksha.cart.cart.CartPricing.Priced;
import com.vurksha.cart.cart.CartWarning.Code;
import com.vurksha.cart.catalogue.CatalogueVariant;

import static com.vurksha.cart.cart.Lines.MORNING;
import static com.vurksha.cart.cart.Lines.lineOf;
import static com.vurksha.cart.cart.Lines.retired;
import static com.vurksha.cart.cart.Lines.withPrice;
import static com.vurksha.cart.cart.Lines.variant;
import static com.vurksha.cart.cart.Lines.withMaxPerOrder;
import static com.vurksha.cart.cart.Lines.withStock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CartPricingTests {

	private final CatalogueVariant tomato = variant("tomato", 4000);

	private final CatalogueVariant onion = variant("onion", 3000);

	@Test
	void pricesEachLineAtTheCurrentPriceAndAddsUpTheSubtotal() {
		Priced priced = CartPricing.current(List.of(lineOf(tomato, 2), lineOf(onion, 3, MORNING.plusSeconds(5))),
				Map.of("tomato", tomato, "onion", onion));

		assertThat(priced.view().items()).extracting(CartItem::lineTotal).containsExactly(8000L, 9000L);
		assertThat(priced.view().subtotal()).isEqualTo(17000);
		assertThat(priced.view().itemCount()).isEqualTo(5);
		assertThat(priced.view().currency()).isEqualTo("INR");
		assertThat(priced.view().warnings()).isEmpty();
		assertThat(priced.changes()).isEmpty();
	}

	@Test
	void listsLinesInTheOrderTheyWereAdded() {
		Priced priced = CartPricing.current(List.of(lineOf(tomato, 1, MORNING.plusSeconds(60)), lineOf(onion, 1)),
				Map.of("tomato", tomato, "onion", onion));

		assertThat(priced.view().items()).extracting(CartItem::variantId).containsExactly("onion", "tomato");
	}

	@Test
	void warnsOfAPriceChangeOnceAndRemembersTheNewPrice() {
		Priced priced = CartPricing.current(List.of(lineOf(tomato, 2)), Map.of("tomato", withPrice(tomato, 4500)));

		assertThat(priced.view().items().get(0).unitPrice()).isEqualTo(4500);
		assertThat(priced.view().warnings()).singleElement().satisfies(warning -> {
			assertThat(warning.code()).isEqualTo(Code.PRICE_CHANGED);
			assertThat(warning.variantId()).isEqualTo("tomato");
			assertThat(warning.message()).contains("₹45.00").contains("₹40.00");
		});
		assertThat(priced.changes()).singleElement()
			.satisfies(change -> assertThat(change.seen().unitPrice()).isEqualTo(4500));
		Priced again = CartPricing.current(priced.changes(), Map.of("tomato", withPrice(tomato, 4500)));
		assertThat(again.view().warnings()).isEmpty();
	}

	@Test
	void reducesAQuantityAboveTheStockLeft() {
		Priced priced = CartPricing.current(List.of(lineOf(tomato, 8)), Map.of("tomato", withStock(tomato, 5)));

		assertThat(priced.view().items().get(0).quantity()).isEqualTo(5);
		assertThat(priced.view().subtotal()).isEqualTo(20000);
		assertThat(priced.view().warnings()).extracting(CartWarning::code).containsExactly(Code.QUANTITY_REDUCED);
		assertThat(priced.changes()).singleElement().satisfies(change -> assertThat(change.quantity()).isEqualTo(5));
	}

	@Test
	void reducesAQuantityAboveALoweredMaxPerOrder() {
		Priced priced = CartPricing.current(List.of(lineOf(tomato, 8)), Map.of("tomato", withMaxPerOrder(tomato, 6)));

		assertThat(priced.view().items().get(0).quantity()).isEqualTo(6);
		assertThat(priced.view().warnings()).extracting(CartWarning::code).containsExactly(Code.QUANTITY_REDUCED);
	}

	@Test
	void reducesAQuantityToTheVariantsStepsWithinTheStockLeft() {
		CatalogueVariant eggs = withStock(Lines.soldInSteps(withMaxPerOrder(tomato, 30), 6, 6), 17);

		Priced priced = CartPricing.current(List.of(lineOf(tomato, 24)), Map.of("tomato", eggs));

		assertThat(priced.view().items().get(0).quantity()).isEqualTo(12);
		assertThat(priced.view().warnings()).extracting(CartWarning::code).containsExactly(Code.QUANTITY_REDUCED);
	}

	@Test
	void treatsALineAsOutOfStockWhenNotEvenTheMinimumIsLeft() {
		CatalogueVariant eggs = withStock(Lines.soldInSteps(tomato, 6, 6), 5);

		Priced priced = CartPricing.current(List.of(lineOf(tomato, 6)), Map.of("tomato", eggs));

		assertThat(priced.view().items().get(0).inStock()).isFalse();
		assertThat(priced.view().subtotal()).isZero();
		assertThat(priced.view().warnings()).extracting(CartWarning::code).containsExactly(Code.OUT_OF_STOCK);
	}

	@Test
	void keepsAnOutOfStockLineOutOfTheSubtotalWithAWarning() {
		Priced priced = CartPricing.current(List.of(lineOf(tomato, 2), lineOf(onion, 1)),
				Map.of("tomato", withStock(tomato, 0), "onion", onion));

		CartItem item = priced.view().items().stream().filter(i -> i.variantId().equals("tomato")).findFirst().get();
		assertThat(item.inStock()).isFalse();
		assertThat(item.quantity()).isEqualTo(2);
		assertThat(priced.view().subtotal()).isEqualTo(3000);
		assertThat(priced.view().warnings()).extracting(CartWarning::code).containsExactly(Code.OUT_OF_STOCK);
	}

	@Test
	void marksALineUnavailableWhenTheVariantIsGoneOrNoLongerSold() {
		Priced priced = CartPricing.current(List.of(lineOf(tomato, 2), lineOf(onion, 1, MORNING.plusSeconds(1))),
				Map.of("onion", retired(onion)));

		assertThat(priced.view().warnings()).extracting(CartWarning::code, CartWarning::variantId)
			.containsExactly(tuple(Code.UNAVAILABLE, "tomato"),
					tuple(Code.UNAVAILABLE, "onion"));
		assertThat(priced.view().subtotal()).isZero();
		assertThat(priced.view().items()).allSatisfy(item -> assertThat(item.inStock()).isFalse());
	}

	@Test
	void answersWithTheLastKnownPricesAndSaysTheyMayBeStale() {
		Priced priced = CartPricing.lastKnown(List.of(lineOf(tomato, 2), lineOf(onion, 1, MORNING.plusSeconds(1))));

		assertThat(priced.view().items()).extracting(CartItem::unitPrice).containsExactly(4000L, 3000L);
		assertThat(priced.view().subtotal()).isEqualTo(11000);
		assertThat(priced.view().warnings()).singleElement().satisfies(warning -> {
			assertThat(warning.code()).isEqualTo(Code.PRICES_MAY_BE_STALE);
			assertThat(warning.variantId()).isNull();
		});
		assertThat(priced.changes()).isEmpty();
	}
}
