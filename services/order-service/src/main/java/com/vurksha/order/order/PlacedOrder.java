package com.vurksha.order.order;

import java.time.Instant;
import java.util.List;

/** What an order is given when placed and never changes afterwards. */
public record PlacedOrder(String id, String number, String userId, PaymentMethod paymentMethod, Totals totals,
		String couponCode, String notes, DeliverySlot slot, AddressSnapshot address, String reservationId,
		String bookingId, Instant placedAt, List<OrderLine> lines) {

	public PlacedOrder {
		lines = List.copyOf(lines);
	}
}
