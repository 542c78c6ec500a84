package com.vurksha.cart.cart;

import com.vurksha.platform.error.ErrorCode;

/** Business error codes of the cart service; listed in {@code docs/error-codes.md}. */
public enum CartErrorCode implements ErrorCode {

	CART_LINE_LIMIT(409, false),
	QUANTITY_ABOVE_MAX_PER_ORDER(400, false),
	QUANTITY_NOT_ALLOWED(400, false),
	VARIANT_NOT_FOUND(404, false),
	VARIANT_UNAVAILABLE(409, false),
	INSUFFICIENT_STOCK(409, false),
	CART_UNAVAILABLE(503, true);

	private final int status;

	private final boolean retryable;

	CartErrorCode(int status, boolean retryable) {
		this.status = status;
		this.retryable = retryable;
	}

	@Override
	public int status() {
		return status;
	}

	@Override
	public boolean retryable() {
		return retryable;
	}
}
