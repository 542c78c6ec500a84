package com.vurksha.order.pricing;

/** A coupon's verdict on an order: the discount it gives, or why it gives none. */
public record CouponDecision(long discount, CouponRefusal refusal) {

	public static final CouponDecision NONE = new CouponDecision(0, null);

	static CouponDecision applied(long discount) {
		return new CouponDecision(discount, null);
	}

	static CouponDecision refused(CouponRefusal refusal) {
		return new CouponDecision(0, refusal);
	}

	public boolean refused() {
		return refusal != null;
	}
}
