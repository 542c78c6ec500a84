package com.vurksha.order.pricing;

/**
 * Prices include GST, so the tax shown is the part of the price that is tax:
 * {@code price * rate / (10000 + rate)} with the rate in basis points, rounded half up per line.
 */
public final class GstIncluded {

	private GstIncluded() {
	}

	public static long taxIn(long inclusiveAmount, int rateBp) {
		return Paise.fraction(inclusiveAmount, rateBp, 10_000L + rateBp);
	}
}
