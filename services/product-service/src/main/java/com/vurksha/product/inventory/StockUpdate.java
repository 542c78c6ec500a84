package com.vurksha.product.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An operator's stock change: either the counted {@code onHand} or a {@code delta} to apply, never both, with the
 * reason for the ledger.
 */
record StockUpdate(@Min(0) @Max(1_000_000) Integer onHand, @Min(-1_000_000) @Max(1_000_000) Integer delta,
		@NotNull MovementReason reason, @Size(max = 500) String note) {
}
