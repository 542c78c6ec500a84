package com.vurksha.order.pricing;

/**
 * What the delivery zone charges: a fee, waived at or above the free-delivery threshold, and a minimum order.
 *
 * @param freeDeliveryThreshold 0 when delivery is never free
 */
public record DeliveryTerms(long deliveryFee, long freeDeliveryThreshold, long minimumOrderValue) {

	/** The fee for an order whose subtotal after the coupon is {@code amount}. */
	public long feeFor(long amount) {
		boolean free = freeDeliveryThreshold > 0 && amount >= freeDeliveryThreshold;
		return free ? 0 : deliveryFee;
	}

	public boolean accepts(long subtotal) {
		return subtotal >= minimumOrderValue;
	}
}
