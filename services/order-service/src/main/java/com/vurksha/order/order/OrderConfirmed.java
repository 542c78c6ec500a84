package com.vurksha.order.order;

/**
 * The order is confirmed (COD at once, ONLINE once paid): the reservation and the slot booking become final. The
 * number, total and payment method let other services tell the customer without asking us.
 */
public record OrderConfirmed(String orderId, String number, String userId, String reservationId, String bookingId,
		long total, PaymentMethod paymentMethod) implements OrderEvent {

	@Override
	public String type() {
		return "order.order.confirmed";
	}

	@Override
	public String note() {
		return "Confirmed";
	}
}
