package com.vurksha.order.order;

/**
 * The money dimension of an order, kept apart from its status: ONLINE orders start PENDING, COD orders
 * PENDING_COLLECTION; a capture makes it CAPTURED; cancelling a paid order makes it REFUND_PENDING until refunds
 * are processed; cancelling an unpaid one makes it VOID.
 */
public enum PaymentStatus {

	PENDING, PENDING_COLLECTION, CAPTURED, VOID, REFUND_PENDING, PARTIALLY_REFUNDED, REFUNDED
}
