package com.vurksha.order.order;

/** The order is cancelled: stock and slot are to be released, and a paid order refunded. */
public record OrderCancelled(String orderId, String number, String userId, String reason,
		OrderStatus previousStatus, boolean paid, long amountPaid, String reservationId, String bookingId)
		implements OrderEvent {

	@Override
	public String type() {
		return "order.order.cancelled";
	}

	@Override
	public String note() {
		return "Cancelled from " + previousStatus + ": " + reason;
	}
}
