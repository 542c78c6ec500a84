package com.vurksha.order.pricing;

import java.time.Instant;

/**
 * Whether a coupon applies and how much it takes off: inside its validity window, on a subtotal of at least its
 * minimum order, used fewer times than its per-customer limit by this customer; a percentage is rounded half up
 * and capped, and no coupon takes off more than the subtotal.
 */
public final class CouponEligibility {

	private CouponEligibility() {
	}

	public static CouponDecision decide(Coupon coupon, long subtotal, int timesUsedByCustomer, Instant now) {
		if (now.isBefore(coupon.validFrom())) {
			return CouponDecision.refused(CouponRefusal.NOT_YET_VALID);
		}
		if (coupon.validTo() != null && !now.isBefore(coupon.validTo())) {
			return CouponDecision.refused(CouponRefusal.EXPIRED);
		}
		if (subtotal < coupon.minOrder()) {
			return CouponDecision.refused(CouponRefusal.MIN_ORDER);
		}
		if (timesUsedByCustomer >= coupon.perCustomerLimit()) {
			return CouponDecision.refused(CouponRefusal.USED);
		}
		return CouponDecision.applied(Math.min(discount(coupon, subtotal), subtotal));
	}

	private static long discount(Coupon coupon, long subtotal) {
		if (coupon.kind() == CouponKind.FLAT) {
			return coupon.amount();
		}
		long percent = Paise.fraction(subtotal, coupon.amount(), 10_000);
		return (coupon.maxDiscount() != null) ? Math.min(percent, coupon.maxDiscount()) : percent;
	}
}
