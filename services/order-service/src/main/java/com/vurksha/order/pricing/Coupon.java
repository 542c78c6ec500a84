package com.vurksha.order.pricing;

import java.time.Instant;

/**
 * A coupon's terms.
 *
 * @param amount basis points of the subtotal for {@link CouponKind#PERCENT} (1000 = 10 %), paise for FLAT
 * @param maxDiscount the most a PERCENT coupon takes off, or {@code null} for no cap
 * @param validTo the first instant it no longer applies, or {@code null} for no end
 */
public record Coupon(String code, CouponKind kind, long amount, Long maxDiscount, long minOrder, Instant validFrom,
		Instant validTo, int perCustomerLimit) {
}
