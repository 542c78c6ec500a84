package com.vurksha.product;

import com.vurksha.platform.error.ErrorCode;

/** Business error codes of the product service; listed in {@code docs/error-codes.md}. */
public enum ProductErrorCode implements ErrorCode {

	PRODUCT_NOT_FOUND(404),
	VARIANT_NOT_FOUND(404),
	CATEGORY_NOT_FOUND(404),
	FARM_NOT_FOUND(404),
	SLUG_TAKEN(409),
	INSUFFICIENT_STOCK(409),
	VARIANT_UNAVAILABLE(409),
	RESERVATION_NOT_FOUND(404),
	RESERVATION_CONFLICT(409),
	RESERVATION_NOT_ACTIVE(409),
	REVIEW_NOT_FOUND(404),
	REVIEW_NOT_ALLOWED(403),
	REVIEW_REJECTED(422),
	PRODUCT_IMAGE_INVALID(422);

	private final int status;

	ProductErrorCode(int status) {
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
