package com.vurksha.delivery.events;

import java.util.List;

/** The routing keys (event types) and aggregates of the delivery service's events, all at {@link #VERSION}. */
public final class DeliveryEventTypes {

	/** The payload version every event of this contract carries. */
	public static final int VERSION = 1;

	/** The aggregate type of a delivery's events; the aggregate id is the delivery id. */
	public static final String DELIVERY_AGGREGATE = "delivery";

	/** The aggregate type of a slot booking's events; the aggregate id is the booking id (the order id). */
	public static final String SLOT_BOOKING_AGGREGATE = "slot-booking";

	/** What happens to a delivery, from assignment to its end. */
	public static final List<String> DELIVERY = List.of(DeliveryAssigned.TYPE, DeliveryAccepted.TYPE,
			DeliveryPickedUp.TYPE, RiderArrivingSoon.TYPE, RiderArrived.TYPE, DeliveryDelivered.TYPE,
			DeliveryFailed.TYPE);

	/** What happens to a place held in a slot. */
	public static final List<String> SLOT_BOOKING = List.of(SlotPlaceHeld.TYPE, SlotBookingConfirmed.TYPE,
			SlotPlaceReleased.TYPE);

	private DeliveryEventTypes() {
	}
}
