package com.vurksha.order.order;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Orders in the states tests need, built as the service builds them. */
final class SampleOrders {

	static final Instant PLACED_AT = Instant.parse("2026-11-25T06:00:00Z");

	static final Duration PAYMENT_TIMEOUT = Duration.ofMinutes(15);

	/** The version of the cart the sample orders were placed from. */
	static final long CART_VERSION = 1_764_825_600_123_456L;

	private SampleOrders() {
	}

	static PlacedOrder placed(PaymentMethod method) {
		OrderLine paneer = new OrderLine("v-paneer", "p-paneer", "Paneer", "पनीर", "200 g", "G", 200, "f-gokul",
				"Gokul Dairy", 9_000, 9_500L, 2, 18_000, 500, "0406", 857);
		return new PlacedOrder("o-1", "VK-20261125-000001", "u-asha", method, new Totals(18_000, 0, 3_000, 857, 21_000),
				null, null, new DeliverySlot("s-1", PLACED_AT.plusSeconds(7200), PLACED_AT.plusSeconds(10800), "z-1"),
				new AddressSnapshot("Home", "12 MG Road", null, null, "Bengaluru", "Karnataka", "560001", null, null),
				"o-1", "o-1", PLACED_AT, List.of(paneer));
	}

	static Order codOrder() {
		return loaded(Order.place(placed(PaymentMethod.COD), CART_VERSION, PAYMENT_TIMEOUT));
	}

	static Order unpaidOnlineOrder() {
		return loaded(Order.place(placed(PaymentMethod.ONLINE), CART_VERSION, PAYMENT_TIMEOUT));
	}

	static Order paidOnlineOrder() {
		Order order = unpaidOnlineOrder();
		order.paymentCaptured("pay-1", 21_000);
		return loaded(order);
	}

	static Order orderIn(OrderStatus status) {
		Order order = codOrder();
		return new Order(order.placed(), status, order.paymentStatus(), 0, 0, null, 0, 0);
	}

	/** A COD order as the operator packed it: ready for the delivery service. */
	static Order packedCodOrder() {
		Order order = codOrder();
		order.moveTo(OrderStatus.PACKED, "ops-priya", PLACED_AT);
		return loaded(order);
	}

	static Order packedPaidOrder() {
		Order order = paidOnlineOrder();
		order.moveTo(OrderStatus.PACKED, "ops-priya", PLACED_AT);
		return loaded(order);
	}

	static Order outForDelivery(Order packed) {
		packed.pickedUp(1);
		return loaded(packed);
	}

	/** As read back from the store: no events pending. */
	private static Order loaded(Order order) {
		order.drainEvents();
		return order;
	}
}
