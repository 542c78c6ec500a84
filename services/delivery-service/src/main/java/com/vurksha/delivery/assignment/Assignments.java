package com.vurksha.delivery.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.delivery.DeliveryProperties;
import com.vurksha.delivery.fulfilment.Delivery;
import com.vurksha.delivery.fulfilment.DeliveryAssignment;
import com.vurksha.delivery.rider.Rider;
import com.vurksha.delivery.rider.Riders;

/**
 * Gives a waiting delivery to a rider. Two guards make it race-proof: the delivery's row lock (and the status
 * condition of its UPDATE) lets only one transaction assign it, and the rider's conditional UPDATE
 * ({@code open_count < capacity}) lets no rider pass capacity. Locks are always taken delivery first, then rider,
 * so concurrent assignments cannot deadlock.
 */
@Service
public class Assignments {

	private final DeliveryAssignment deliveries;

	private final Riders riders;

	private final DeliveryProperties properties;

	private final Clock clock;

	Assignments(DeliveryAssignment deliveries, Riders riders, DeliveryProperties properties, Clock clock) {
		this.deliveries = deliveries;
		this.riders = riders;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Assigns the delivery if it is still UNASSIGNED and a rider can take it, in a transaction of its own (it runs
	 * after the change that made the delivery wait has committed).
	 * @return the rider it went to
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<String> assign(String deliveryId) {
		return deliveries.lockUnassigned(deliveryId).flatMap(this::assignLocked);
	}

	/**
	 * Takes back a delivery its rider did not accept within the timeout; that rider is not offered it again in this
	 * attempt, and it is assigned afresh once this commits.
	 * @return whether it was taken back
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean takeBackUnaccepted(String deliveryId, Instant cutoff) {
		return deliveries.lockUnacceptedSince(deliveryId, cutoff).map(delivery -> {
			deliveries.unassign(delivery, true);
			return true;
		}).orElse(false);
	}

	/** Assigns a delivery the caller has locked while UNASSIGNED, trying riders in the rule's order. */
	Optional<String> assignLocked(Delivery delivery) {
		LocalTime now = LocalTime.ofInstant(clock.instant(), properties.timeZone());
		for (Rider rider : RiderChoice.rank(riders.candidates(delivery.order().zoneId(), delivery.id()), now)) {
			if (riders.take(rider.id(), clock.instant())) {
				deliveries.assign(delivery, rider);
				return Optional.of(rider.id());
			}
		}
		deliveries.noRiderFound(delivery);
		return Optional.empty();
	}
}
