package com.vurksha.order.order;

/**
 * Where an order is: {@code PENDING_PAYMENT → CONFIRMED → PACKED → OUT_FOR_DELIVERY → DELIVERED}, or
 * {@code CANCELLED} from PENDING_PAYMENT or CONFIRMED. A COD order starts CONFIRMED. A failed delivery takes an
 * order OUT_FOR_DELIVERY back to PACKED for another attempt, or to CANCELLED once it went back to the hub.
 */
public enum OrderStatus {

	PENDING_PAYMENT, CONFIRMED, PACKED, OUT_FOR_DELIVERY, DELIVERED, CANCELLED;

	/** Whether the state machine has this move at all, whoever asks for it. */
	public boolean canMoveTo(OrderStatus next) {
		return switch (this) {
			case PENDING_PAYMENT -> next == CONFIRMED || next == CANCELLED;
			case CONFIRMED -> next == PACKED || next == CANCELLED;
			case PACKED -> next == OUT_FOR_DELIVERY;
			case OUT_FOR_DELIVERY -> next == DELIVERED || next == PACKED || next == CANCELLED;
			case DELIVERED, CANCELLED -> false;
		};
	}

	/**
	 * Whether a person (a customer cancelling, an operator moving the order) may ask for this move. The ways back
	 * from OUT_FOR_DELIVERY are not: only the delivery service knows whether the rider failed, and an order on the
	 * road must not be unpacked or cancelled under the rider.
	 */
	public boolean allowsManualMoveTo(OrderStatus next) {
		return canMoveTo(next) && !(this == OUT_FOR_DELIVERY && (next == PACKED || next == CANCELLED));
	}
}
