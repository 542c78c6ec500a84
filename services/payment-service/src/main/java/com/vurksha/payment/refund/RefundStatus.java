package com.vurksha.payment.refund;

/** A refund is {@code PENDING} until the provider reports it {@code PROCESSED} or {@code FAILED}. */
public enum RefundStatus {

	PENDING, PROCESSED, FAILED
}
