package com.vurksha.product.inventory;

import java.time.Instant;

/** One line of the stock ledger: what moved, why, who moved it and what was left. */
public record Movement(long id, int delta, MovementReason reason, int onHandAfter, String actor, String note,
		Instant occurredAt) {
}
