package com.vurksha.delivery.tracking;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.delivery.fulfilment.Deliveries;
import com.vurksha.delivery.fulfilment.Delivery;
import com.vurksha.delivery.rider.Rider;
import com.vurksha.delivery.rider.Riders;
import com.vurksha.platform.error.ApiException;

/**
 * Answers other services who a delivery concerns. Read from the database on every call, never cached: the file
 * service decides with it whether a rider may upload a proof, so a reassignment must show at once.
 */
@Service
class DeliveryDirectory {

	private final Deliveries deliveries;

	private final Riders riders;

	DeliveryDirectory(Deliveries deliveries, Riders riders) {
		this.deliveries = deliveries;
		this.riders = riders;
	}

	@Transactional(readOnly = true)
	DeliveryParties parties(String deliveryId) {
		Delivery delivery = deliveries.find(deliveryId)
			.orElseThrow(() -> new ApiException(DeliveryErrorCode.DELIVERY_NOT_FOUND,
					"Delivery " + deliveryId + " does not exist"));
		String riderUserId = (delivery.riderId() != null)
				? riders.find(delivery.riderId()).map(Rider::userId).orElse(null) : null;
		return new DeliveryParties(delivery.id(), delivery.order().orderId(), delivery.order().customerId(),
				riderUserId, delivery.status());
	}
}
