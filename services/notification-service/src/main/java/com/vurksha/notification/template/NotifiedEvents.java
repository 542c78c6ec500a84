package com.vurksha.notification.template;

import java.util.List;
import java.util.stream.Stream;

import com.vurksha.delivery.events.DeliveryAssigned;
import com.vurksha.delivery.events.DeliveryDelivered;
import com.vurksha.delivery.events.DeliveryFailed;
import com.vurksha.delivery.events.DeliveryPickedUp;
import com.vurksha.delivery.events.RiderArrived;
import com.vurksha.delivery.events.RiderArrivingSoon;

/** The order and delivery events we tell someone about; each has a template in every language. */
public final class NotifiedEvents {

	public static final String DELIVERY_ASSIGNED = DeliveryAssigned.TYPE;

	public static final List<String> ORDER = List.of("order.order.confirmed", "order.order.cancelled",
			"order.order.packed", "order.order.payment-failed", "order.order.refund-processed");

	public static final List<String> DELIVERY = List.of(DELIVERY_ASSIGNED, DeliveryPickedUp.TYPE,
			RiderArrivingSoon.TYPE, RiderArrived.TYPE, DeliveryDelivered.TYPE, DeliveryFailed.TYPE);

	private NotifiedEvents() {
	}

	public static List<String> all() {
		return Stream.concat(ORDER.stream(), DELIVERY.stream()).toList();
	}

	/** The assignment goes to the rider it assigns; every other event to the customer. */
	public static String recipientField(String eventType) {
		return DELIVERY_ASSIGNED.equals(eventType) ? "riderUserId" : "userId";
	}
}
