package com.vurksha.cart.cart;

import java.util.List;

/**
 * A cart as Redis keeps it, read in one step.
 *
 * @param version the cart version of the last line set (0 for a cart that never had one)
 */
record StoredCart(long version, List<StoredLine> lines) {

	StoredCart {
		lines = List.copyOf(lines);
	}
}
