package com.vurksha.delivery.events;

/** A rider was given the delivery; {@code riderUserId} is the rider's user, who is told about it. */
public record DeliveryAssigned(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
		String riderId, String riderUserId, String riderFirstName) implements DeliveryEvent {

	public static final String TYPE = "delivery.delivery.assigned";

	@Override
	public String type() {
		return TYPE;
	}
}
