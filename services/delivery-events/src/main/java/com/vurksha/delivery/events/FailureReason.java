package com.vurksha.delivery.events;

/** Why a rider could not hand an order over. */
public enum FailureReason {
	CUSTOMER_UNAVAILABLE, ADDRESS_NOT_FOUND, CUSTOMER_REFUSED, DAMAGED, OTHER
}
