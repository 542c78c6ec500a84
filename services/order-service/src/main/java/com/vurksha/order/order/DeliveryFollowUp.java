package com.vurksha.order.order;

/** What the delivery service does after a failed attempt, as it says in {@code delivery.delivery.failed}. */
public enum DeliveryFollowUp {

	/** The order stays with the delivery service, which sends a rider again. */
	REATTEMPT,

	/** The order goes back to the hub and will not be delivered. */
	RETURN_TO_HUB
}
