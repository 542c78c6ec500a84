package com.vurksha.delivery.events;

/** The rider is at the door; raised once per attempt. */
public record RiderArrived(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
		String riderFirstName) implements DeliveryEvent {

	public static final String TYPE = "delivery.delivery.arrived";

	@Override
	public String type() {
		return TYPE;
	}
}
