package com.vurksha.order.order;

/**
 * Where an order is: {@code PENDING_PAYMENT → CONFIRMED → PACKED → OUT_FOR_DELIVERY → DELIVERED}, or
 * {@code CANCELLED} from PENDING_PAYMENT or CONFIRMED. A COD order starts CONFIRMED.
 */
public enum OrderStatus {

	PENDING_PAYMENT, CONFIRMED, PACKED, OUT_FOR_DELIVERY, DELIVERED, CANCELLED;

	public boolean canMoveTo(OrderStatus next) {
		return switch (this) {
			case PENDING_PAYMENT -> next == CONFIRMED || next == CANCELLED;
			case CONFIRMED -> next == PACKED || next == CANCELLED;
			case PACKED -> next == OUT_FOR_DELIVERY;
			case OUT_FOR_DELIVERY -> next == DELIVERED;
			case DELIVERED, CANCELLED -> false;
		};
	}
}
