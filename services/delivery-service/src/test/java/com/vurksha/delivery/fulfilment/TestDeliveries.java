package com.vurksha.delivery.fulfilment;

import java.time.Instant;
import java.time.LocalTime;

import com.vurksha.delivery.location.EtaProperties;
import com.vurksha.delivery.rider.Rider;

/** Deliveries and riders in the states the unit tests start from, built without a database. */
final class TestDeliveries {

	static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");

	static final EtaProperties ETA = new EtaProperties(20, 5, 100);

	/** MG Road, Bengaluru. */
	static final DeliveryAddress ADDRESS = new DeliveryAddress("Home", "12 MG Road", null, null, "Bengaluru",
			"Karnataka", "560001", 12.9756, 77.6050);

	private TestDeliveries() {
	}

	static Rider ravi() {
		return new Rider("rider-1", "+919000000101", "user-ravi", "Ravi Kumar", "zone-1", LocalTime.MIN,
				LocalTime.of(23, 59), 5, true, 0, null, NOW);
	}

	static Delivery unassigned() {
		return Delivery.open("dlv-1", new OrderDetails("order-1", "VK-1", "customer-1", "zone-1", "slot-1", NOW,
				NOW.plusSeconds(7200), ADDRESS, 25000), NOW);
	}

	static Delivery assigned() {
		Delivery delivery = unassigned();
		delivery.assign(ravi(), NOW);
		return delivery;
	}

	static Delivery pickedUp() {
		Delivery delivery = assigned();
		delivery.accept(ravi());
		delivery.pickUp(ravi());
		return delivery;
	}
}
