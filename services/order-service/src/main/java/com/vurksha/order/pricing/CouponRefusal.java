package com.vurksha.order.pricing;

/** Why a coupon does not apply to an order. */
public enum CouponRefusal {

	NOT_YET_VALID, EXPIRED, MIN_ORDER, USED
}
