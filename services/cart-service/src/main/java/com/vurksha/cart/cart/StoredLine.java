package com.vurksha.cart.cart;

/** One line as Redis keeps it: the quantity the customer asked for and what was last seen of the variant. */
public record StoredLine(String variantId, int quantity, LineSnapshot seen) {

	StoredLine withQuantity(int newQuantity) {
		return new StoredLine(variantId, newQuantity, seen);
	}
}
