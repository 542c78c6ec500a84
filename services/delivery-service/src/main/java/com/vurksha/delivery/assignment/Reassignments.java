package com.vurksha.delivery.assignment;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.delivery.fulfilment.Delivery;
import com.vurksha.delivery.fulfilment.DeliveryAssignment;
import com.vurksha.delivery.fulfilment.DeliveryStatus;
import com.vurksha.delivery.fulfilment.DeliveryView;
import com.vurksha.delivery.rider.Rider;
import com.vurksha.delivery.rider.Riders;
import com.vurksha.platform.error.ApiException;

/**
 * An operator moves a delivery that has not been picked up: to a named rider (who must be active, bound and below
 * capacity; zone and shift are the operator's call) or to whoever the assignment rule picks, the former rider
 * excluded, since the operator is moving the delivery away from them.
 */
@Service
class Reassignments {

	private final DeliveryAssignment deliveries;

	private final Assignments assignments;

	private final Riders riders;

	private final Clock clock;

	Reassignments(DeliveryAssignment deliveries, Assignments assignments, Riders riders, Clock clock) {
		this.deliveries = deliveries;
		this.assignments = assignments;
		this.riders = riders;
		this.clock = clock;
	}

	@Transactional
	DeliveryView reassign(String deliveryId, String riderId) {
		Delivery delivery = deliveries.lockForOperator(deliveryId);
		Rider named = (riderId != null) ? riders.find(riderId)
			.orElseThrow(() -> new ApiException(DeliveryErrorCode.RIDER_NOT_FOUND, "Rider " + riderId + " does not exist"))
				: null;
		if (delivery.status() != DeliveryStatus.UNASSIGNED) {
			deliveries.unassign(delivery, named == null);
		}
		if (named == null) {
			assignments.assignLocked(delivery);
		}
		else if (riders.take(named.id(), clock.instant())) {
			deliveries.assign(delivery, named);
		}
		else {
			throw new ApiException(DeliveryErrorCode.RIDER_UNAVAILABLE,
					"Rider " + named.id() + " is inactive, not bound to an account or at capacity");
		}
		return DeliveryView.of(delivery);
	}
}
