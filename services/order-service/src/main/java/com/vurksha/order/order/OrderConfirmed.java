package com.vurksha.order.order;

/** The order is confirmed (COD at once, ONLINE once paid): the reservation and the slot booking become final. */
public record OrderConfirmed(String orderId, String userId, String reservationId, String bookingId)
		implements OrderEvent {

	@Override
	public String type() {
		return "order.order.confirmed";
	}

	@Override
	public String note() {
		return "Confirmed";
	}
}
