package com.vurksha.delivery.events;

/** The assigned rider took the delivery on. */
public record DeliveryAccepted(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
		String riderId, String riderFirstName) implements DeliveryEvent {

	public static final String TYPE = "delivery.delivery.accepted";

	@Override
	public String type() {
		return TYPE;
	}
}
