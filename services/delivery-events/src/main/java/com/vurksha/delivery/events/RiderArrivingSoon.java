package com.vurksha.delivery.events;

/** The rider is {@code etaMinutes} away; raised once per attempt. */
public record RiderArrivingSoon(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
		String riderFirstName, int etaMinutes) implements DeliveryEvent {

	public static final String TYPE = "delivery.delivery.arriving-soon";

	@Override
	public String type() {
		return TYPE;
	}
}
