package com.vurksha.delivery.tracking;

import java.time.Instant;

import com.vurksha.delivery.fulfilment.DeliveryStatus;

/**
 * What the order service shows a customer about their delivery.
 *
 * @param lastLocation null until the rider's first ping of this attempt
 * @param etaAt when the rider should arrive: when the last ping was received plus the ETA
 * @param deliveryOtp the doorstep code, only while the goods are on their way; never cached
 * @param proofFileId the rider's photo of the door when the last attempt failed with one: a file id the app fetches
 * from the file service, else null
 */
public record TrackingView(String deliveryId, String orderId, String userId, DeliveryStatus status, int attempt,
		String riderFirstName, LastLocation lastLocation, Integer etaMinutes, Instant etaAt, String deliveryOtp,
		String proofFileId) {

	/** A rider's position as last reported. */
	public record LastLocation(double latitude, double longitude, Instant recordedAt) {
	}

	TrackingView withOtp(String otp) {
		return new TrackingView(deliveryId, orderId, userId, status, attempt, riderFirstName, lastLocation,
				etaMinutes, etaAt, otp, proofFileId);
	}
}
