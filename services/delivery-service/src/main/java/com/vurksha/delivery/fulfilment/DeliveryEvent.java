package com.vurksha.delivery.fulfilment;

/** One of {@link DeliveryEvents}' records, as the journal appends it to the outbox. */
sealed interface DeliveryEvent permits DeliveryEvents.DeliveryAssigned, DeliveryEvents.DeliveryAccepted,
		DeliveryEvents.DeliveryPickedUp, DeliveryEvents.RiderArrivingSoon, DeliveryEvents.RiderArrived,
		DeliveryEvents.DeliveryDelivered, DeliveryEvents.DeliveryFailed {

	String deliveryId();

	String type();
}
