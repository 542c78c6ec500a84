package com.vurksha.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

/**
 * Follows placed orders to their customers' in-app inboxes: how long from the order's placing (the order service's
 * {@code placedAt}) to its first notification (the notification service's {@code createdAt}), and how long after the
 * load stopped the last one arrived, which shows the consumers' lag going back to zero.
 */
final class Events {

	private static final int MAX_PAGES = 30;

	private Events() {
	}

	/**
	 * @param notified orders that reached the inbox, with their latency in ms
	 * @param drainedAfter how long after the load stopped the last awaited notification was seen; null if some never
	 * came within the bound
	 */
	record Result(int placed, Map<String, Long> notified, Duration drainedAfter) {
	}

	static Result follow(Api api, List<PlacedOrders.Placed> orders, long loadStoppedNanos, Duration bound)
			throws InterruptedException {
		Map<String, PlacedOrders.Placed> waiting = new HashMap<>();
		orders.forEach(order -> waiting.put(order.orderId(), order));
		Map<String, Long> notified = new HashMap<>();
		long deadline = System.nanoTime() + bound.toNanos();
		while (!waiting.isEmpty() && System.nanoTime() < deadline) {
			Map<Customer, Instant> earliestWaiting = new HashMap<>();
			waiting.values().forEach(order -> earliestWaiting.merge(order.customer(), order.placedAt(),
					(a, b) -> a.isBefore(b) ? a : b));
			earliestWaiting.forEach((customer, since) -> readInbox(api, customer, since, waiting, notified));
			if (!waiting.isEmpty()) {
				TimeUnit.MILLISECONDS.sleep(500);
			}
		}
		Duration drained = waiting.isEmpty()
				? Duration.ofNanos(Math.max(0, System.nanoTime() - loadStoppedNanos)) : null;
		return new Result(orders.size(), notified, drained);
	}

	/** Reads the inbox newest first, back to the earliest awaited order, noting each order's first notification. */
	private static void readInbox(Api api, Customer customer, Instant since, Map<String, PlacedOrders.Placed> waiting,
			Map<String, Long> notified) {
		Map<String, Instant> first = new HashMap<>();
		for (int page = 1; page <= MAX_PAGES; page++) {
			Api.Answer inbox = api.get("setup", "/api/v1/notifications?limit=100&page=" + page, customer.token());
			JsonNode items = inbox.body().path("data");
			Instant oldest = null;
			for (JsonNode item : items) {
				Instant created = Instant.parse(item.path("createdAt").asString());
				oldest = created;
				String orderId = item.path("orderId").asString("");
				if (waiting.containsKey(orderId)) {
					first.merge(orderId, created, (a, b) -> a.isBefore(b) ? a : b);
				}
			}
			if (oldest == null || oldest.isBefore(since) || !inbox.body().at("/pagination/hasMore").asBoolean()) {
				break;
			}
		}
		first.forEach((orderId, created) -> notified.put(orderId,
				Duration.between(waiting.remove(orderId).placedAt(), created).toMillis()));
	}

	static long[] latencies(Result result) {
		return new ArrayList<>(result.notified().values()).stream().mapToLong(Long::longValue).toArray();
	}
}
