package com.vurksha.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

/**
 * The other side of the counter: an operator packs the orders the shoppers placed, and the demo rider delivers
 * them as the rider app does: accept, pick up, send the location from the doorstep, and hand over with the
 * customer's doorstep code, which the customer reads from the order's tracking.
 */
final class Fulfiller {

	/** Where the shoppers' address pin is; the rider reports from there, so the delivery arrives at once. */
	static final double LATITUDE = 12.9756;

	static final double LONGITUDE = 77.6050;

	private final Api api;

	private final Api lookups;

	private final List<String> customerTokens;

	private final String operatorToken;

	private final String riderToken;

	private final BlockingQueue<PlacedOrder> placed = new LinkedBlockingQueue<>();

	private final Map<String, String> customerTokenByOrder = new ConcurrentHashMap<>();

	/**
	 * @param lookups for finding whose order an unknown delivery is (one left over from an earlier run), kept out of
	 * the measured calls
	 * @param customerTokens the run's customers, one of whom placed any order the rider is given
	 */
	Fulfiller(Api api, Api lookups, List<String> customerTokens, String operatorToken, String riderToken) {
		this.api = api;
		this.lookups = lookups;
		this.customerTokens = List.copyOf(customerTokens);
		this.operatorToken = operatorToken;
		this.riderToken = riderToken;
	}

	/** An order a shopper placed, with the token that may read its tracking. */
	record PlacedOrder(String orderId, String customerToken) {
	}

	/** Called by shoppers for every order they placed. */
	void placed(String orderId, String customerToken) {
		placed.add(new PlacedOrder(orderId, customerToken));
	}

	/** Packs what was placed and delivers what the rider was given until the deadline. */
	void work(long deadline) {
		while (System.nanoTime() < deadline) {
			packWaitingOrders(deadline);
			deliverAssigned();
		}
	}

	private void packWaitingOrders(long deadline) {
		try {
			long waitMs = Math.max(0, Math.min(200, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
			PlacedOrder order = placed.poll(waitMs, TimeUnit.MILLISECONDS);
			while (order != null) {
				Api.Answer packed = api.post("POST /admin/orders/{id}/status",
						"/api/v1/admin/orders/" + order.orderId() + "/status", operatorToken, "{\"status\":\"PACKED\"}");
				if (packed.ok()) {
					customerTokenByOrder.put(order.orderId(), order.customerToken());
				}
				order = placed.poll();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void deliverAssigned() {
		Api.Answer mine = api.get("GET /rider/deliveries", "/api/v1/rider/deliveries?limit=100", riderToken);
		if (!mine.ok()) {
			return;
		}
		for (JsonNode delivery : mine.body().path("data")) {
			String customerToken = customerTokenByOrder.computeIfAbsent(delivery.path("orderId").asString(),
					this::ownerOf);
			if (customerToken != null) {
				deliver(delivery.path("id").asString(), delivery.path("orderId").asString(),
						delivery.path("status").asString(), customerToken);
			}
		}
	}

	/** Which customer's order it is, or null: tracking answers 404 to everybody else. */
	private String ownerOf(String orderId) {
		for (String token : customerTokens) {
			if (lookups.get("setup", "/api/v1/orders/" + orderId + "/tracking", token).ok()) {
				return token;
			}
		}
		return null;
	}

	private void deliver(String deliveryId, String orderId, String status, String customerToken) {
		String path = "/api/v1/rider/deliveries/" + deliveryId;
		if ("ASSIGNED".equals(status) && !api.post("POST /rider/…/accept", path + "/accept", riderToken, "{}").ok()) {
			return;
		}
		if (("ASSIGNED".equals(status) || "ACCEPTED".equals(status))
				&& !api.post("POST /rider/…/pickup", path + "/pickup", riderToken, "{}").ok()) {
			return;
		}
		api.post("POST /rider/…/location", path + "/location", riderToken,
				Api.json(Map.of("latitude", LATITUDE, "longitude", LONGITUDE)));
		Api.Answer tracking = api.get("GET /orders/{id}/tracking", "/api/v1/orders/" + orderId + "/tracking",
				customerToken);
		String otp = tracking.ok() ? tracking.body().at("/data/delivery/deliveryOtp").asString("") : "";
		if (!otp.isEmpty() && api.post("POST /rider/…/deliver", path + "/deliver", riderToken,
				Api.json(Map.of("otp", otp))).ok()) {
			customerTokenByOrder.remove(orderId);
		}
	}
}
