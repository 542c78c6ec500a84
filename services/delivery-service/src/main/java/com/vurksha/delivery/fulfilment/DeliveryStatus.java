package com.vurksha.delivery.fulfilment;

/**
 * UNASSIGNED → ASSIGNED → ACCEPTED → PICKED_UP → EN_ROUTE → ARRIVED → DELIVERED, or FAILED after pickup, or
 * CANCELLED while the order is still at the hub. A failure that is reattempted goes back to UNASSIGNED.
 */
public enum DeliveryStatus {

	UNASSIGNED, ASSIGNED, ACCEPTED, PICKED_UP, EN_ROUTE, ARRIVED, DELIVERED, FAILED, CANCELLED;

	/** Held by a rider and counted in the rider's load. */
	public boolean isWithRider() {
		return this == ASSIGNED || this == ACCEPTED || isOnTheWay();
	}

	/** Picked up and not yet handed over: pings are taken and the doorstep OTP is valid. */
	public boolean isOnTheWay() {
		return this == PICKED_UP || this == EN_ROUTE || this == ARRIVED;
	}
}
