package com.vurksha.order.pricing;

import java.util.List;

/**
 * An order's price: lines at their authoritative prices, the coupon's discount, the delivery fee for the subtotal
 * after the discount, and the GST contained in the lines. {@code total = subtotal - discount + deliveryFee}.
 */
public record Quote(List<PriceLine> lines, long subtotal, long discount, long deliveryFee, long tax, long total) {

	public static long subtotalOf(List<PriceLine> lines) {
		return lines.stream().mapToLong(PriceLine::total).reduce(0L, Math::addExact);
	}

	public static Quote of(List<PriceLine> lines, CouponDecision coupon, DeliveryTerms terms) {
		if (coupon.refused()) {
			throw new IllegalArgumentException("a refused coupon gives no quote: " + coupon.refusal());
		}
		long subtotal = subtotalOf(lines);
		long afterDiscount = subtotal - coupon.discount();
		long fee = terms.feeFor(afterDiscount);
		long tax = lines.stream().mapToLong(PriceLine::tax).reduce(0L, Math::addExact);
		return new Quote(List.copyOf(lines), subtotal, coupon.discount(), fee, tax, afterDiscount + fee);
	}
}
