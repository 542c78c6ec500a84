package com.vurksha.order.order;

/** An order's money in paise, GST included: {@code total = subtotal - discount + deliveryFee}. */
public record Totals(long subtotal, long discount, long deliveryFee, long tax, long total) {
}
