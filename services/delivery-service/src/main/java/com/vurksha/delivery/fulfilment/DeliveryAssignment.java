package com.vurksha.delivery.fulfilment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.vurksha.delivery.events.DeliveryEvent;
import com.vurksha.delivery.rider.Rider;
import com.vurksha.delivery.rider.Riders;

/**
 * The moves of a delivery that the assignment module makes: giving a locked UNASSIGNED delivery to a rider who has
 * already taken it into their load, and taking it back. Callers hold the delivery's lock (their transaction).
 */
@Service
public class DeliveryAssignment {

	private final Deliveries deliveries;

	private final DeliveryJournal journal;

	private final Riders riders;

	private final Clock clock;

	DeliveryAssignment(Deliveries deliveries, DeliveryJournal journal, Riders riders, Clock clock) {
		this.deliveries = deliveries;
		this.journal = journal;
		this.riders = riders;
		this.clock = clock;
	}

	/** The delivery, locked, if it is still UNASSIGNED; anything else has been dealt with by someone else. */
	public Optional<Delivery> lockUnassigned(String deliveryId) {
		return deliveries.lock(deliveryId).filter(delivery -> delivery.status() == DeliveryStatus.UNASSIGNED);
	}

	/** The delivery, locked, if it is still ASSIGNED and was assigned at or before {@code cutoff}. */
	public Optional<Delivery> lockUnacceptedSince(String deliveryId, Instant cutoff) {
		return deliveries.lock(deliveryId)
			.filter(delivery -> delivery.status() == DeliveryStatus.ASSIGNED && delivery.assignedAt() != null
					&& !delivery.assignedAt().isAfter(cutoff));
	}

	/** The delivery, locked, for an operator's move; 404 when there is none. */
	public Delivery lockForOperator(String deliveryId) {
		return deliveries.lock(deliveryId).orElseThrow(() -> RiderDeliveries.notFound(deliveryId));
	}

	/** Notes that no rider could take the locked UNASSIGNED delivery, so the sweep tries others before it again. */
	public void noRiderFound(Delivery delivery) {
		deliveries.markAssignmentTried(delivery.id(), clock.instant());
	}

	/** Hands the locked delivery to a rider whose load {@link Riders#take} already raised. */
	public void assign(Delivery delivery, Rider rider) {
		DeliveryStatus before = delivery.status();
		DeliveryEvent assigned = delivery.assign(rider, clock.instant());
		journal.save(delivery, before, List.of(assigned));
	}

	/**
	 * Takes the locked delivery off its rider before pickup. {@code exclude} keeps that rider from being offered the
	 * same attempt again (they rejected it or let it time out); an operator's move does not.
	 */
	public void unassign(Delivery delivery, boolean exclude) {
		DeliveryStatus before = delivery.status();
		String former = delivery.unassign();
		riders.release(former);
		if (exclude) {
			deliveries.exclude(delivery.id(), former);
		}
		journal.save(delivery, before);
	}
}
