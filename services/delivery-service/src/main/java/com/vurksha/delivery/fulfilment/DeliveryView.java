package com.vurksha.delivery.fulfilment;

import java.time.Instant;

import com.vurksha.delivery.events.FailureReason;
import com.vurksha.delivery.events.FollowUp;

/**
 * A delivery as riders and operators see it. The doorstep code is never part of it.
 *
 * @param amountToCollect paise to collect in cash at the door
 * @param proofFileId the rider's photo of the door when the last attempt failed with one: a file id to fetch from
 * the file service, else null
 */
public record DeliveryView(String id, String orderId, String orderNumber, DeliveryStatus status, int attempt,
		String riderId, String slotId, Instant slotStart, Instant slotEnd, DeliveryAddress address,
		long amountToCollect, Integer etaMinutes, FailureReason failureReason, String failureNote, FollowUp followUp,
		String proofFileId, Instant deliveredAt) {

	public static DeliveryView of(Delivery delivery) {
		OrderDetails order = delivery.order();
		Delivery.Outcome outcome = delivery.outcome();
		return new DeliveryView(delivery.id(), order.orderId(), order.orderNumber(), delivery.status(),
				delivery.attempt(), delivery.riderId(), order.slotId(), order.slotStart(), order.slotEnd(),
				order.address(), order.amountToCollect(), delivery.etaMinutes(), outcome.failureReason(),
				outcome.failureNote(), outcome.followUp(), outcome.proofFileId(), outcome.deliveredAt());
	}
}
