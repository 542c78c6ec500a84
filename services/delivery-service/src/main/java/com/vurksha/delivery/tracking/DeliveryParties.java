package com.vurksha.delivery.tracking;

import com.vurksha.delivery.fulfilment.DeliveryStatus;

/**
 * Who a delivery concerns, for the file service: the rider who may upload its proof and the customer who may see it.
 *
 * @param userId the order's customer
 * @param riderUserId the user account of the rider the delivery is assigned to; null while nobody has it (or the
 * rider has no account bound yet)
 */
public record DeliveryParties(String deliveryId, String orderId, String userId, String riderUserId,
		DeliveryStatus status) {
}
