package com.vurksha.cart.cart;

/**
 * Something the customer should know about the cart before ordering.
 *
 * @param variantId the line concerned, or {@code null} when the warning is about the whole cart
 */
public record CartWarning(Code code, String variantId, String message) {

	/** The kinds of warning; the app branches on these. */
	public enum Code {

		PRICE_CHANGED, OUT_OF_STOCK, QUANTITY_REDUCED, UNAVAILABLE, PRICES_MAY_BE_STALE
	}
}
