package com.vurksha.cart.cart;

import java.util.List;

/**
 * The cart as checkout orders it: what the customer set, unpriced (the product service prices it when it reserves
 * the stock), and the version an order placed from it names, so that only these lines leave the cart.
 *
 * @param version the cart version these lines are at
 */
public record OrderableCart(long version, List<Line> items) {

	public OrderableCart {
		items = List.copyOf(items);
	}

	/** A variant and how many of it the customer set. */
	public record Line(String variantId, int quantity) {
	}
}
