package com.vurksha.order.order;

import java.time.Instant;

/**
 * An operator packed the order for the first time: the delivery service takes it from here, so the event carries
 * everything a rider needs without asking us (where, when, how much cash to collect). Raised only when packing a
 * confirmed order, never when a failed attempt brings the order back to PACKED: the delivery service already
 * has that delivery and sends it out again itself.
 *
 * @param amountToCollect cash the rider collects in paise: the total for COD, 0 when paid online
 * @param itemCount the number of order lines, as in the customer's order list
 */
public record OrderPacked(String orderId, String number, String userId, PaymentMethod paymentMethod,
		long amountToCollect, long total, String slotId, Instant slotStart, Instant slotEnd, String zoneId,
		int itemCount, AddressSnapshot address) implements OrderEvent {

	static OrderPacked of(PlacedOrder placed) {
		long total = placed.totals().total();
		DeliverySlot slot = placed.slot();
		return new OrderPacked(placed.id(), placed.number(), placed.userId(), placed.paymentMethod(),
				(placed.paymentMethod() == PaymentMethod.COD) ? total : 0, total, slot.id(), slot.start(), slot.end(),
				slot.zoneId(), placed.lines().size(), placed.address());
	}

	@Override
	public String type() {
		return "order.order.packed";
	}

	@Override
	public String note() {
		return "Packed: " + itemCount + " lines";
	}
}
