package com.vurksha.order;

import com.vurksha.platform.error.ErrorCode;

/** Business error codes of the order service; listed in {@code docs/error-codes.md}. */
public enum OrderErrorCode implements ErrorCode {

	CART_EMPTY(400),
	ADDRESS_NOT_FOUND(404),
	ORDER_NOT_FOUND(404),
	ILLEGAL_TRANSITION(409),
	BELOW_MINIMUM_ORDER(409),
	COUPON_NOT_FOUND(404),
	COUPON_NOT_YET_VALID(409),
	COUPON_EXPIRED(409),
	COUPON_MIN_ORDER(409),
	COUPON_USED(409),
	COUPON_CODE_TAKEN(409),
	SLOT_NOT_FOUND(404),
	SLOT_FULL(409),
	SLOT_CLOSED(409),
	SLOT_NOT_IN_ZONE(400),
	SLOT_UNAVAILABLE(409),
	INSUFFICIENT_STOCK(409),
	PRODUCT_UNAVAILABLE(409);

	private final int status;

	OrderErrorCode(int status) {
		this.status = status;
	}

	@Override
	public int status() {
		return status;
	}

	@Override
	public boolean retryable() {
		return false;
	}
}
