package com.vurksha.product.events;

/**
 * The on-hand count of one variant moved. {@code onHand} and {@code available} are after the move, counted in
 * packs; {@code delta} is the move itself and {@code reason} the ledger's reason (RECEIVE, WRITE_OFF…).
 */
public record StockChanged(String variantId, String productId, int onHand, int available, int delta, String reason) {

	public static final String TYPE = "product.stock.changed";
}
