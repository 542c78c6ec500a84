package com.vurksha.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/**
 * One signed-in customer's session: browse the catalogue, put a few packs in the cart, and now and then place a
 * cash-on-delivery order for a slot of the coming days, as the app does, and hand it over to be fulfilled.
 */
final class Shopper {

	private static final String PINCODE = "560001";

	private final Api api;

	private final String token;

	private final List<String> productIds;

	private final List<String> variantIds;

	private final String addressId;

	private final List<String> slotIds;

	private final Fulfiller fulfiller;

	private Shopper(Api api, String token, List<String> productIds, List<String> variantIds, String addressId,
			List<String> slotIds, Fulfiller fulfiller) {
		this.api = api;
		this.token = token;
		this.productIds = productIds;
		this.variantIds = variantIds;
		this.addressId = addressId;
		this.slotIds = slotIds;
		this.fulfiller = fulfiller;
	}

	/**
	 * Prepares what ordering needs (an address with a map pin, open slots); without them the shopper only browses.
	 * Placed orders are handed to the fulfiller, when there is one.
	 */
	static Shopper prepare(Api setup, Api api, String token, List<String> productIds, List<String> variantIds,
			Fulfiller fulfiller) {
		String addressId = null;
		Api.Answer address = setup.post("setup", "/api/v1/users/me/addresses", token,
				Api.json(Map.of("label", "Home", "line1", "12 MG Road", "city", "Bengaluru", "state", "Karnataka",
						"pincode", PINCODE, "latitude", Fulfiller.LATITUDE, "longitude", Fulfiller.LONGITUDE)));
		if (address.ok()) {
			addressId = address.body().at("/data/id").asString();
		}
		List<String> slots = new ArrayList<>();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
		for (int day = 1; day <= 6; day++) {
			Api.Answer answer = setup.get("setup", "/api/v1/delivery/slots?pincode=" + PINCODE + "&date="
					+ today.plusDays(day), token);
			if (answer.ok()) {
				for (JsonNode slot : answer.body().get("data")) {
					if (slot.path("available").asBoolean()) {
						slots.add(slot.get("id").asString());
					}
				}
			}
		}
		return new Shopper(api, token, productIds, variantIds, addressId, slots, fulfiller);
	}

	boolean canOrder() {
		return addressId != null && !slotIds.isEmpty() && !variantIds.isEmpty();
	}

	void shop(long deadline, int browsesPerOrder) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int round = 0;
		while (System.nanoTime() < deadline) {
			browse(random);
			if (canOrder()) {
				api.put("PUT /cart/items/{id}", "/api/v1/cart/items/" + pick(variantIds, random), token,
						"{\"quantity\":1}");
				api.get("GET /cart", "/api/v1/cart", token);
				if (++round % browsesPerOrder == 0) {
					order(random);
				}
			}
		}
	}

	private void browse(ThreadLocalRandom random) {
		api.get("GET /categories", "/api/v1/categories", null);
		api.get("GET /products", "/api/v1/products?page=" + (1 + random.nextInt(3)) + "&limit=20", null);
		for (int i = 0; i < 3; i++) {
			api.get("GET /products/{id}", "/api/v1/products/" + pick(productIds, random), null);
		}
		api.get("GET /users/me", "/api/v1/users/me", token);
	}

	private void order(ThreadLocalRandom random) {
		String body = Api.json(Map.of("addressId", addressId, "deliverySlotId", pick(slotIds, random),
				"paymentMethod", "COD"));
		Api.Answer placed = api.post("POST /orders", "/api/v1/orders", token, body, "X-Idempotency-Key",
				UUID.randomUUID().toString());
		if (placed.ok()) {
			String orderId = placed.body().at("/data/id").asString();
			api.get("GET /orders/{id}", "/api/v1/orders/" + orderId, token);
			if (fulfiller != null) {
				fulfiller.placed(orderId, token);
			}
		}
		else {
			// a full slot or a sold-out pack: the app would ask the customer to choose again; start afresh
			api.send("DELETE /cart", "/api/v1/cart", token);
		}
	}

	private static String pick(List<String> values, ThreadLocalRandom random) {
		return values.get(random.nextInt(values.size()));
	}
}
