package com.vurksha.delivery.events;

import java.time.Instant;

/** The customer has the order; {@code codCollected} is the cash taken at the door, in paise. */
public record DeliveryDelivered(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
		String riderId, Instant deliveredAt, long codCollected) implements DeliveryEvent {

	public static final String TYPE = "delivery.delivery.delivered";

	@Override
	public String type() {
		return TYPE;
	}
}
