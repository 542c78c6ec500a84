package com.vurksha.delivery.fulfilment;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.delivery.events.DeliveryEvent;
import com.vurksha.delivery.proof.DeliveryProofs;
import com.vurksha.delivery.rider.Rider;
import com.vurksha.delivery.rider.Riders;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiException;

/**
 * The rider's moves on their deliveries, each under the delivery's row lock. A delivery that is not the caller's is
 * answered 404 exactly like one that does not exist, so ids cannot be probed.
 */
@Service
class RiderDeliveries {

	private static final Logger log = LoggerFactory.getLogger(RiderDeliveries.class);

	private final Deliveries deliveries;

	private final DeliveryJournal journal;

	private final Riders riders;

	private final ReattemptProperties reattempts;

	private final DeliveryProofs proofs;

	private final TransactionTemplate transaction;

	RiderDeliveries(Deliveries deliveries, DeliveryJournal journal, Riders riders, ReattemptProperties reattempts,
			DeliveryProofs proofs, TransactionTemplate transaction) {
		this.deliveries = deliveries;
		this.journal = journal;
		this.riders = riders;
		this.reattempts = reattempts;
		this.proofs = proofs;
		this.transaction = transaction;
	}

	record Page(List<DeliveryView> deliveries, long total) {
	}

	@Transactional(readOnly = true)
	Page open(Rider rider, PageQuery query) {
		return new Page(deliveries.openFor(rider.id(), query.limit(), query.offset()).stream()
			.map(DeliveryView::of)
			.toList(), deliveries.countOpenFor(rider.id()));
	}

	@Transactional
	DeliveryView accept(Rider rider, String deliveryId) {
		Delivery delivery = lockMine(rider, deliveryId);
		DeliveryStatus before = delivery.status();
		journal.save(delivery, before, List.of(delivery.accept(rider)));
		return DeliveryView.of(delivery);
	}

	/** The delivery goes back to UNASSIGNED, never to be offered to this rider again in this attempt. */
	@Transactional
	DeliveryView reject(Rider rider, String deliveryId, String reason) {
		Delivery delivery = lockMine(rider, deliveryId);
		DeliveryStatus before = delivery.status();
		delivery.unassign();
		riders.release(rider.id());
		deliveries.exclude(deliveryId, rider.id());
		journal.save(delivery, before);
		log.info("Rider {} rejected delivery {}: {}", rider.id(), deliveryId, reason);
		return DeliveryView.of(delivery);
	}

	@Transactional
	DeliveryView pickUp(Rider rider, String deliveryId) {
		Delivery delivery = lockMine(rider, deliveryId);
		DeliveryStatus before = delivery.status();
		journal.save(delivery, before, List.of(delivery.pickUp(rider)));
		return DeliveryView.of(delivery);
	}

	/**
	 * A proof is checked with the file service before the delivery is locked, so no row lock waits on another
	 * service, and only once the delivery is known to be the caller's, so the check tells nothing of other riders'
	 * deliveries; a refused or unchecked proof leaves the delivery as it was. A reattempt clears the riders excluded
	 * from the last attempt: the next attempt is a fresh start.
	 */
	DeliveryView fail(Rider rider, String deliveryId, RiderRequests.Failure failure) {
		if (failure.proofFileId() != null) {
			deliveries.find(deliveryId)
				.filter(delivery -> delivery.isHeldBy(rider.id()))
				.orElseThrow(() -> notFound(deliveryId));
			proofs.check(deliveryId, failure.proofFileId());
		}
		return transaction.execute(status -> failLocked(rider, deliveryId, failure));
	}

	private DeliveryView failLocked(Rider rider, String deliveryId, RiderRequests.Failure failure) {
		Delivery delivery = lockMine(rider, deliveryId);
		DeliveryStatus before = delivery.status();
		DeliveryEvent failed = delivery.fail(failure.reason(), failure.note(), failure.proofFileId(),
				reattempts.maxAttempts());
		riders.release(rider.id());
		if (delivery.status() == DeliveryStatus.UNASSIGNED) {
			deliveries.clearExclusions(deliveryId);
		}
		journal.save(delivery, before, List.of(failed));
		return DeliveryView.of(delivery);
	}

	Delivery lockMine(Rider rider, String deliveryId) {
		return deliveries.lock(deliveryId)
			.filter(delivery -> delivery.isHeldBy(rider.id()))
			.orElseThrow(() -> notFound(deliveryId));
	}

	static ApiException notFound(String deliveryId) {
		return new ApiException(DeliveryErrorCode.DELIVERY_NOT_FOUND, "Delivery " + deliveryId + " does not exist");
	}
}
