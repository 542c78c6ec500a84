package com.vurksha.product.inventory;

import java.time.Instant;

/**
 * One line of the stock ledger: what moved, why, who moved it and what was left. {@code delta} is the move of
 * on-hand, {@code reservedDelta} the move of the packs checkouts hold (RESERVE, COMMIT, RELEASE lines).
 */
public record Movement(long id, int delta, int reservedDelta, MovementReason reason, int onHandAfter, String actor,
		String note, Instant occurredAt) {
}
