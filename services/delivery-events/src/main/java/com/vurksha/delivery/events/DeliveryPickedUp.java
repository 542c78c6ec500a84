package com.vurksha.delivery.events;

/** The rider has the goods and leaves the hub; the doorstep code is valid from now on. */
public record DeliveryPickedUp(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
		String riderId, String riderFirstName) implements DeliveryEvent {

	public static final String TYPE = "delivery.delivery.picked-up";

	@Override
	public String type() {
		return TYPE;
	}
}
