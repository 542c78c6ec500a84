package com.vurksha.cart.cart;

import java.util.List;

/**
 * The priced cart.
 *
 * @param itemCount units across all lines
 * @param subtotal sum of the line totals of the lines that can be ordered now, in paise
 */
public record CartView(List<CartItem> items, int itemCount, long subtotal, String currency,
		List<CartWarning> warnings) {

	public static final String CURRENCY = "INR";

	public CartView {
		items = List.copyOf(items);
		warnings = List.copyOf(warnings);
	}

	static CartView empty() {
		return new CartView(List.of(), 0, 0, CURRENCY, List.of());
	}
}
