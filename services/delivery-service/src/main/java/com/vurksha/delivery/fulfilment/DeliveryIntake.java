package com.vurksha.delivery.fulfilment;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.delivery.rider.Riders;

/** Opens a delivery when an order is packed and cancels it when the order is cancelled before pickup. */
@Service
public class DeliveryIntake {

	private static final Logger log = LoggerFactory.getLogger(DeliveryIntake.class);

	private final Deliveries deliveries;

	private final DeliveryJournal journal;

	private final Riders riders;

	private final Clock clock;

	DeliveryIntake(Deliveries deliveries, DeliveryJournal journal, Riders riders, Clock clock) {
		this.deliveries = deliveries;
		this.journal = journal;
		this.riders = riders;
		this.clock = clock;
	}

	/**
	 * Opens the order's one delivery; a repeat for the same order (a second packed event) changes nothing.
	 * @return whether a delivery was opened
	 */
	@Transactional
	public boolean open(OrderDetails order) {
		Delivery delivery = Delivery.open("dlv-" + UUID.randomUUID(), order, clock.instant());
		if (!deliveries.insert(delivery, clock.instant())) {
			log.info("Order {} already has a delivery; packed event ignored", order.orderId());
			return false;
		}
		journal.created(delivery);
		return true;
	}

	/** Cancels the order's delivery unless the rider already has the goods; nothing happens for an unknown order. */
	@Transactional
	public void cancel(String orderId) {
		deliveries.lockByOrder(orderId).ifPresent(delivery -> {
			DeliveryStatus before = delivery.status();
			String riderId = delivery.riderId();
			if (!delivery.cancel()) {
				log.warn("Order {} was cancelled while its delivery {} is {}", orderId, delivery.id(), before);
				return;
			}
			if (riderId != null) {
				riders.release(riderId);
			}
			journal.save(delivery, before);
		});
	}
}
