package com.vurksha.order.order;

/**
 * A delivery attempt failed (timeline only: the delivery service published it). The note tells the customer and
 * the operators why the order went back to PACKED or was cancelled.
 */
public record DeliveryFailed(String orderId, int attempt, String reason, DeliveryFollowUp followUp)
		implements OrderEvent {

	@Override
	public String type() {
		return null;
	}

	@Override
	public String note() {
		String next = (followUp == DeliveryFollowUp.REATTEMPT) ? "another attempt follows" : "returned to the hub";
		return "Delivery attempt " + attempt + " failed: " + reason + "; " + next;
	}
}
