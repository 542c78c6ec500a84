package com.vurksha.order.pricing;

/**
 * One line to price: the authoritative GST-inclusive unit price, how many, and the GST rate.
 *
 * @param gstRateBp the GST rate in basis points (500 = 5 %)
 */
public record PriceLine(String variantId, long unitPrice, int quantity, int gstRateBp) {

	public PriceLine {
		if (unitPrice < 0 || quantity <= 0 || gstRateBp < 0) {
			throw new IllegalArgumentException("a line needs a price of at least 0, a positive quantity and a rate");
		}
	}

	/** The line total: unit price times quantity. */
	public long total() {
		return Math.multiplyExact(unitPrice, (long) quantity);
	}

	/** The GST contained in the line total. */
	public long tax() {
		return GstIncluded.taxIn(total(), gstRateBp);
	}
}
