package com.vurksha.order.tracking;

/** What asking the delivery service about an order gave: its delivery, none, or no answer at all. */
record DeliveryLookup(DeliveryView delivery, boolean unavailable) {

	static DeliveryLookup found(DeliveryView delivery) {
		return new DeliveryLookup(delivery, false);
	}

	static DeliveryLookup none() {
		return new DeliveryLookup(null, false);
	}

	static DeliveryLookup noAnswer() {
		return new DeliveryLookup(null, true);
	}
}
