package com.vurksha.order.pricing;

/** Integer arithmetic on paise; every division rounds half up, as invoices do. */
public final class Paise {

	private Paise() {
	}

	/** {@code amount * numerator / denominator}, rounded half up, for non-negative operands. */
	public static long fraction(long amount, long numerator, long denominator) {
		if (amount < 0 || numerator < 0 || denominator <= 0) {
			throw new IllegalArgumentException("amounts and rates must not be negative");
		}
		long product = Math.multiplyExact(amount, numerator);
		return Math.floorDiv(Math.addExact(Math.multiplyExact(product, 2), denominator), 2 * denominator);
	}
}
