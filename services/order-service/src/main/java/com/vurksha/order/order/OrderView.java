package com.vurksha.order.order;

import java.time.Instant;
import java.util.List;

/** An order as its customer (or an operator) sees it: items, totals, status, payment status and timeline. */
public record OrderView(String id, String number, String userId, OrderStatus status, PaymentStatus paymentStatus,
		PaymentMethod paymentMethod, List<OrderLine> items, long subtotal, long discount, long deliveryFee, long tax,
		long total, String currency, long amountPaid, long amountRefunded, String couponCode, String notes,
		DeliverySlot deliverySlot, AddressSnapshot address, Instant expiresAt, Instant placedAt,
		List<TimelineEntry> timeline) {

	public static OrderView of(Order order, List<TimelineEntry> timeline) {
		PlacedOrder p = order.placed();
		Totals t = p.totals();
		return new OrderView(p.id(), p.number(), p.userId(), order.status(), order.paymentStatus(), p.paymentMethod(),
				p.lines(), t.subtotal(), t.discount(), t.deliveryFee(), t.tax(), t.total(), "INR", order.amountPaid(),
				order.amountRefunded(), p.couponCode(), p.notes(), p.slot(), p.address(), order.expiresAt(),
				p.placedAt(), timeline);
	}
}
