package com.vurksha.order.order;

import java.time.Instant;

/** An order in the customer's list. */
public record OrderSummary(String id, String number, OrderStatus status, PaymentStatus paymentStatus,
		PaymentMethod paymentMethod, long total, String currency, int itemCount, Instant placedAt) {
}
