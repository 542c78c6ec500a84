package com.vurksha.product.events;

/**
 * The stock of one variant changed. {@code onHand}, {@code reserved} and {@code available} are after the change,
 * counted in packs; {@code delta} is how on-hand moved and {@code reservedDelta} how the reserved count moved;
 * {@code reason} is the ledger's reason (RECEIVE, WRITE_OFF, RESERVE, COMMIT, RELEASE…) and {@code reservationId}
 * names the checkout reservation behind a RESERVE, COMMIT or RELEASE (null for operators' moves).
 */
public record StockChanged(String variantId, String productId, int onHand, int reserved, int available, int delta,
		int reservedDelta, String reason, String reservationId) {

	public static final String TYPE = "product.stock.changed";
}
