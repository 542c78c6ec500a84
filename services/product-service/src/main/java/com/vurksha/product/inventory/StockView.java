package com.vurksha.product.inventory;

import java.time.Instant;
import java.util.List;

/** The stock of one variant as operators see it, with its most recent ledger lines (newest first). */
public record StockView(String variantId, String productId, int onHand, int reserved, int available,
		Instant updatedAt, List<Movement> recentMovements) {
}
