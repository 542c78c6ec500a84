package com.vurksha.product.inventory;

import com.vurksha.platform.error.ApiException;
import com.vurksha.product.BadInput;
import com.vurksha.product.ProductErrorCode;

/**
 * How many packs of a variant are on the shelf and how many of those checkouts hold. Available is what a new
 * shopper can still buy. On-hand never drops below zero, nor below what is reserved, because that would sell
 * stock twice.
 */
public record StockLevel(int onHand, int reserved) {

	public StockLevel {
		if (onHand < 0 || reserved < 0) {
			throw new IllegalArgumentException("stock counts cannot be negative: on hand " + onHand + ", reserved "
					+ reserved);
		}
	}

	public int available() {
		return Math.max(0, onHand - reserved);
	}

	/** The level after moving {@code delta} packs for {@code reason}, refusing moves the rules forbid. */
	public StockLevel move(int delta, MovementReason reason) {
		if (!reason.allows(delta)) {
			throw BadInput.field("reason", reason + " must be " + reason.expectedSign() + ", not " + delta);
		}
		long after = (long) onHand + delta;
		if (after < 0) {
			throw new ApiException(ProductErrorCode.INSUFFICIENT_STOCK,
					"Only " + onHand + " on hand; cannot remove " + (-delta));
		}
		if (after < reserved) {
			throw new ApiException(ProductErrorCode.INSUFFICIENT_STOCK, reserved
					+ " are reserved by checkouts; on hand cannot go below that (asked for " + after + ")");
		}
		return new StockLevel((int) after, reserved);
	}

	/** The move that sets on-hand to a counted figure. */
	public StockLevel setTo(int counted, MovementReason reason) {
		return move(counted - onHand, reason);
	}

	/** The level once a checkout holds {@code quantity} more packs; refuses to promise packs that are not available. */
	public StockLevel hold(int quantity) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("a hold must be positive, was " + quantity);
		}
		if (quantity > available()) {
			throw new ApiException(ProductErrorCode.INSUFFICIENT_STOCK,
					"Only " + available() + " available; cannot reserve " + quantity);
		}
		return new StockLevel(onHand, reserved + quantity);
	}

	/**
	 * The level once a checkout gives {@code quantity} held packs back. Never below zero reserved: an operator's
	 * count cannot lower reserved, so this can only happen if data was edited by hand, and refusing would wedge the
	 * release for ever.
	 */
	public StockLevel letGo(int quantity) {
		return new StockLevel(onHand, Math.max(0, reserved - quantity));
	}
}
