package com.vurksha.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

/**
 * The other side of the counter: an operator packs the orders the shoppers placed, and the demo riders (one per
 * zone) deliver them as the rider app does: accept, pick up, send the location from the doorstep, and hand over with
 * the customer's doorstep code, which the customer reads from the order's tracking. Deliveries of orders this run
 * did not place (left from earlier runs) are left alone.
 */
final class Fulfiller implements ClosedLoop.Step {

	private final Api api;

	private final String operatorToken;

	private final List<String> riderTokens;

	private final BlockingQueue<PlacedOrders.Placed> placed = new LinkedBlockingQueue<>();

	private final Map<String, String> customerTokenByOrder = new ConcurrentHashMap<>();

	Fulfiller(Api api, String operatorToken, List<String> riderTokens) {
		this.api = api;
		this.operatorToken = operatorToken;
		this.riderTokens = List.copyOf(riderTokens);
	}

	/** Called for every order a shopper placed. */
	void placed(PlacedOrders.Placed order) {
		placed.add(order);
	}

	/** One round: pack what was placed, then let each rider deliver what it was given. */
	@Override
	public void run() {
		try {
			PlacedOrders.Placed order = placed.poll(200, TimeUnit.MILLISECONDS);
			while (order != null) {
				Api.Answer packed = api.post("POST /admin/orders/{id}/status",
						"/api/v1/admin/orders/" + order.orderId() + "/status", operatorToken, "{\"status\":\"PACKED\"}");
				if (packed.ok()) {
					customerTokenByOrder.put(order.orderId(), order.customer().token());
				}
				order = placed.poll();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		riderTokens.forEach(this::deliverAssigned);
	}

	private void deliverAssigned(String riderToken) {
		Api.Answer mine = api.get("GET /rider/deliveries", "/api/v1/rider/deliveries?limit=100", riderToken);
		for (JsonNode delivery : mine.body().path("data")) {
			String orderId = delivery.path("orderId").asString();
			String customerToken = customerTokenByOrder.get(orderId);
			if (customerToken != null) {
				deliver(riderToken, delivery.path("id").asString(), orderId, delivery.path("status").asString(),
						customerToken);
			}
		}
	}

	private void deliver(String riderToken, String deliveryId, String orderId, String status, String customerToken) {
		String path = "/api/v1/rider/deliveries/" + deliveryId;
		if ("ASSIGNED".equals(status) && !api.post("POST /rider/…/accept", path + "/accept", riderToken, "{}").ok()) {
			return;
		}
		if (("ASSIGNED".equals(status) || "ACCEPTED".equals(status))
				&& !api.post("POST /rider/…/pickup", path + "/pickup", riderToken, "{}").ok()) {
			return;
		}
		api.post("POST /rider/…/location", path + "/location", riderToken,
				Api.json(Map.of("latitude", Customer.LATITUDE, "longitude", Customer.LONGITUDE)));
		Api.Answer tracking = api.get("GET /orders/{id}/tracking", "/api/v1/orders/" + orderId + "/tracking",
				customerToken);
		String otp = tracking.body().at("/data/delivery/deliveryOtp").asString("");
		if (!otp.isEmpty() && api.post("POST /rider/…/deliver", path + "/deliver", riderToken,
				Api.json(Map.of("otp", otp))).ok()) {
			customerTokenByOrder.remove(orderId);
		}
	}
}
