package com.vurksha.delivery.events;

/**
 * One of a delivery's events. Each carries the delivery, order, customer ({@code userId}) and attempt every consumer
 * needs; {@link #type()} is its routing key.
 */
public sealed interface DeliveryEvent permits DeliveryAssigned, DeliveryAccepted, DeliveryPickedUp,
		RiderArrivingSoon, RiderArrived, DeliveryDelivered, DeliveryFailed {

	String deliveryId();

	String orderId();

	String type();
}
