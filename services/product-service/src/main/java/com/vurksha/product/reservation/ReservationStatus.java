package com.vurksha.product.reservation;

/**
 * Where a reservation stands. RESERVED and COMMITTED hold packs in the inventory's reserved count; RELEASED and
 * EXPIRED are final and hold nothing.
 */
public enum ReservationStatus {

	/** Held for a checkout until {@code expiresAt}. */
	RESERVED,
	/** The order was confirmed: the packs are allocated to it until packing, and no longer expire. */
	COMMITTED,
	/** Given back: the order was cancelled (or a checkout gave up). */
	RELEASED,
	/** Given back by the expiry job because nobody committed it in time. */
	EXPIRED;

	public boolean holdsStock() {
		return this == RESERVED || this == COMMITTED;
	}
}
