package com.vurksha.delivery.events;

/**
 * The attempt ended without a handover. {@code followUp} says whether another rider tries again or the order goes
 * back to the hub; {@code proofFileId} names the rider's photo of the door in the file service, or is null when the
 * rider gave none.
 */
public record DeliveryFailed(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
		String riderId, FailureReason reason, FollowUp followUp, String proofFileId) implements DeliveryEvent {

	public static final String TYPE = "delivery.delivery.failed";

	@Override
	public String type() {
		return TYPE;
	}
}
