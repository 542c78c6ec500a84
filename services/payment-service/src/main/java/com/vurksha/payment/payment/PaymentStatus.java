package com.vurksha.payment.payment;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a payment's money stands. Moves only forward: {@code CREATED → AUTHORIZED → CAPTURED → PARTIALLY_REFUNDED →
 * REFUNDED}, or {@code FAILED}. A failed attempt is not the end: the customer may pay again on the same provider
 * order, so {@code FAILED} may still move to {@code AUTHORIZED} or {@code CAPTURED}; nothing moves back from a
 * capture.
 */
public enum PaymentStatus {

	CREATED, AUTHORIZED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED, FAILED;

	private static final Map<PaymentStatus, Set<PaymentStatus>> NEXT = Map.of(
			CREATED, EnumSet.of(AUTHORIZED, CAPTURED, FAILED),
			AUTHORIZED, EnumSet.of(CAPTURED, FAILED),
			FAILED, EnumSet.of(AUTHORIZED, CAPTURED),
			CAPTURED, EnumSet.of(PARTIALLY_REFUNDED, REFUNDED),
			PARTIALLY_REFUNDED, EnumSet.of(PARTIALLY_REFUNDED, REFUNDED),
			REFUNDED, EnumSet.noneOf(PaymentStatus.class));

	public boolean canMoveTo(PaymentStatus next) {
		return NEXT.get(this).contains(next);
	}

	/** Whether money was taken: captured and possibly refunded in part or in full since. */
	public boolean captured() {
		return this == CAPTURED || this == PARTIALLY_REFUNDED || this == REFUNDED;
	}

	/** Whether the outcome is still open, so reconciliation should ask the provider. */
	public boolean open() {
		return this == CREATED || this == AUTHORIZED;
	}
}
