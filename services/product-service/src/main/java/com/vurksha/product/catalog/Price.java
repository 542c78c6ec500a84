package com.vurksha.product.catalog;

/**
 * What a pack sells for and its printed maximum retail price, both in paise. Selling above MRP is illegal in
 * India, so a price above its MRP cannot exist.
 */
public record Price(long price, long mrp) {

	public static final String CURRENCY = "INR";

	public Price {
		if (price <= 0) {
			throw new IllegalArgumentException("price must be positive, was " + price);
		}
		if (price > mrp) {
			throw new IllegalArgumentException("price " + price + " exceeds MRP " + mrp);
		}
	}

	/** Whole percent off MRP, rounded down so the app never promises more than the shopper saves. */
	public int discountPercent() {
		return (int) ((mrp - price) * 100 / mrp);
	}
}
