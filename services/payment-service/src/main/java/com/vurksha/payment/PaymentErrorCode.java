package com.vurksha.payment;

import com.vurksha.platform.error.ErrorCode;

/** Business error codes of the payment service; listed in {@code docs/error-codes.md}. */
public enum PaymentErrorCode implements ErrorCode {

	PAYMENT_NOT_FOUND(404, false),
	ORDER_NOT_FOUND(404, false),
	ORDER_NOT_PAYABLE(409, false),
	PAYMENT_NOT_REFUNDABLE(409, false),
	REFUND_EXCEEDS_CAPTURED(409, false),
	WEBHOOK_SIGNATURE_INVALID(400, false),
	PAYMENT_PROVIDER_UNAVAILABLE(503, true);

	private final int status;

	private final boolean retryable;

	PaymentErrorCode(int status, boolean retryable) {
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
