package com.vurksha.delivery.assignment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vurksha.delivery.fulfilment.DeliveryAwaitsRider;

/**
 * Looks for a rider as soon as a delivery starts waiting, once that change has committed. A failure here only
 * delays the assignment to the next sweep, so it is logged, never thrown back at the committed change.
 */
@Component
class AssignmentTrigger {

	private static final Logger log = LoggerFactory.getLogger(AssignmentTrigger.class);

	private final Assignments assignments;

	AssignmentTrigger(Assignments assignments) {
		this.assignments = assignments;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void onWaiting(DeliveryAwaitsRider waiting) {
		try {
			assignments.assign(waiting.deliveryId())
				.ifPresentOrElse(rider -> log.info("Delivery {} assigned to rider {}", waiting.deliveryId(), rider),
						() -> log.info("No rider free for delivery {}; the sweep tries again", waiting.deliveryId()));
		}
		catch (RuntimeException ex) {
			log.warn("Could not assign delivery {} now ({}); the sweep tries again", waiting.deliveryId(),
					ex.getMessage());
		}
	}
}
