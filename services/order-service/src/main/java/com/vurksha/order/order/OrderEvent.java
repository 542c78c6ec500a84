package com.vurksha.order.order;

/**
 * Something that happened to an order, in the past tense. Every event goes on the order's timeline; those with a
 * {@link #type()} are also published through the outbox under that routing key, with the record as payload.
 */
public sealed interface OrderEvent permits OrderPlaced, OrderConfirmed, OrderCancelled, OrderStatusChanged,
		RefundRequested, PaymentCaptured, PaymentFailed, RefundProcessed, OrderPacked, OrderDelivered,
		DeliveryFailed {

	/** The published event type, or {@code null} for an event that only goes on the timeline. */
	String type();

	/** What the timeline says about it. */
	String note();

	String orderId();
}
