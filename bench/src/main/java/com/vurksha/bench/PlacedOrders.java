package com.vurksha.bench;

import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/** The orders a phase placed, with when the order service says each was placed, for following their events. */
final class PlacedOrders {

	/** One placed order and its customer. */
	record Placed(String orderId, Customer customer, Instant placedAt) {
	}

	private final Queue<Placed> orders = new ConcurrentLinkedQueue<>();

	private final Consumer<Placed> onPlaced;

	/** @param onPlaced told of every placed order (the fulfilment side, when it runs) */
	PlacedOrders(Consumer<Placed> onPlaced) {
		this.onPlaced = onPlaced;
	}

	void add(String orderId, Customer customer, Instant placedAt) {
		Placed placed = new Placed(orderId, customer, placedAt);
		orders.add(placed);
		onPlaced.accept(placed);
	}

	List<Placed> all() {
		return List.copyOf(orders);
	}
}
