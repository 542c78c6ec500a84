package com.vurksha.payment.refund;

import java.util.OptionalLong;

/**
 * How much may still be refunded: several partial refunds, together never above the captured amount. Pending refunds
 * count as spent, failed ones do not.
 */
public final class RefundPolicy {

	private RefundPolicy() {
	}

	public static long refundable(long captured, long committed) {
		return Math.max(0, captured - committed);
	}

	/**
	 * The amount to refund: {@code requested}, or everything left when none is given; empty when that is nothing or
	 * more than is left.
	 */
	public static OptionalLong amountToRefund(long captured, long committed, Long requested) {
		long left = refundable(captured, committed);
		long amount = (requested != null) ? requested : left;
		return (amount > 0 && amount <= left) ? OptionalLong.of(amount) : OptionalLong.empty();
	}
}
