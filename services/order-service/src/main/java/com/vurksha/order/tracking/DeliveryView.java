package com.vurksha.order.tracking;

import java.time.Instant;

/**
 * The delivery service's view of an order's delivery as the customer sees it: its {@code userId} is left out, the
 * rider's one-time code is there only while the rider is on the way.
 *
 * @param status the delivery's own status (ASSIGNED, PICKED_UP, EN_ROUTE, ARRIVED, …), not the order's
 * @param proofFileId the rider's photo of the door when the last attempt failed with one: a file id the app fetches
 * from the file service; null otherwise
 */
public record DeliveryView(String deliveryId, String orderId, String status, int attempt, String riderFirstName,
		Location lastLocation, Integer etaMinutes, Instant etaAt, String deliveryOtp, String proofFileId) {

	/** Where the rider was last seen. */
	public record Location(double latitude, double longitude, Instant recordedAt) {
	}
}
