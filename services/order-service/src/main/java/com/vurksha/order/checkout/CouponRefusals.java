package com.vurksha.order.checkout;

import com.vurksha.order.OrderErrorCode;
import com.vurksha.order.pricing.CouponRefusal;
import com.vurksha.platform.error.ApiException;

/** Says why a coupon was refused, in the customer's terms. */
final class CouponRefusals {

	private CouponRefusals() {
	}

	static ApiException of(String code, CouponRefusal refusal) {
		return switch (refusal) {
			case NOT_YET_VALID -> new ApiException(OrderErrorCode.COUPON_NOT_YET_VALID, code + " is not valid yet");
			case EXPIRED -> new ApiException(OrderErrorCode.COUPON_EXPIRED, code + " has expired");
			case MIN_ORDER -> new ApiException(OrderErrorCode.COUPON_MIN_ORDER,
					code + " needs a larger order");
			case USED -> new ApiException(OrderErrorCode.COUPON_USED, "You have already used " + code);
		};
	}
}
