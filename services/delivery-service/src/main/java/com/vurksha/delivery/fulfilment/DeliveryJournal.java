package com.vurksha.delivery.fulfilment;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.vurksha.delivery.events.DeliveryEvent;
import com.vurksha.delivery.events.DeliveryEventTypes;
import com.vurksha.platform.events.Outbox;

/**
 * Writes a delivery's change, its events to the outbox and its in-process notices in one go, inside the caller's
 * transaction, so no change is kept without its events and no event leaves for a change that was rolled back.
 */
@Component
class DeliveryJournal {

	private final Deliveries deliveries;

	private final Outbox outbox;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	DeliveryJournal(Deliveries deliveries, Outbox outbox, ApplicationEventPublisher publisher, Clock clock) {
		this.deliveries = deliveries;
		this.outbox = outbox;
		this.publisher = publisher;
		this.clock = clock;
	}

	void created(Delivery delivery) {
		publisher.publishEvent(new DeliveryChanged(delivery.id(), delivery.order().orderId()));
		publisher.publishEvent(new DeliveryAwaitsRider(delivery.id()));
	}

	void save(Delivery delivery, DeliveryStatus readWith, List<? extends DeliveryEvent> events) {
		if (!deliveries.update(delivery, readWith, clock.instant())) {
			throw new IllegalStateException("Delivery " + delivery.id() + " changed while it was locked");
		}
		events.forEach(event -> outbox.append(event.type(), DeliveryEventTypes.VERSION,
				DeliveryEventTypes.DELIVERY_AGGREGATE, event.deliveryId(), event));
		if (readWith != delivery.status()) {
			publisher.publishEvent(new DeliveryChanged(delivery.id(), delivery.order().orderId()));
		}
		if (readWith != delivery.status() && delivery.status() == DeliveryStatus.UNASSIGNED) {
			publisher.publishEvent(new DeliveryAwaitsRider(delivery.id()));
		}
	}

	void save(Delivery delivery, DeliveryStatus readWith) {
		save(delivery, readWith, List.of());
	}
}
