package com.vurksha.order.pricing;

/** How a coupon's amount is read: basis points of the subtotal, or paise off. */
public enum CouponKind {

	PERCENT, FLAT
}
