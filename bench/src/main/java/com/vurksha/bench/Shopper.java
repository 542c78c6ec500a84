package com.vurksha.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/**
 * One shopper thread's journey, repeated: browse the catalogue (searching first when the run searches), put packs in
 * the cart, look at the cart, pick a
 * delivery slot of the coming days, and place a cash-on-delivery order with an idempotency key, as the app does.
 */
final class Shopper implements ClosedLoop.Step {

	/** Above every demo zone's minimum order value (₹149 in the north). */
	private static final long BASKET_PAISE = 20_000;

	private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	private final Api api;

	private final Customer customer;

	private final Catalogue catalogue;

	private final PlacedOrders placed;

	private final boolean browse;

	private final SearchQueries searches;

	/**
	 * @param browse whether each journey starts with catalogue reads (the one-at-a-time phase leaves them out)
	 * @param searches what browsing types into the search box first; none: browsing does not search
	 */
	Shopper(Api api, Customer customer, Catalogue catalogue, PlacedOrders placed, boolean browse,
			SearchQueries searches) {
		this.api = api;
		this.customer = customer;
		this.catalogue = catalogue;
		this.placed = placed;
		this.browse = browse;
		this.searches = searches;
	}

	@Override
	public void run() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		if (browse && searches.enabled()) {
			api.get(SearchQueries.SUGGEST_CALL, searches.suggestPath(random), customer.token());
			api.get(SearchQueries.PRODUCTS_CALL, searches.productsPath(random), customer.token());
		}
		if (browse) {
			api.get("GET /products", "/api/v1/products?limit=20&page=" + (1 + random.nextInt(3)), null);
			for (int i = 0; i < 2; i++) {
				api.get("GET /products/{id}", "/api/v1/products/" + catalogue.randomProductId(random), null);
				if (!catalogue.imagePaths().isEmpty()) {
					api.get(LoadGenerator.PICTURE_CALL, catalogue.randomImagePath(random), null);
				}
			}
		}
		for (Catalogue.Variant variant : catalogue.basket(random, BASKET_PAISE)) {
			api.put("PUT /cart/items/{id}", "/api/v1/cart/items/" + variant.id(), customer.token(),
					"{\"quantity\":" + variant.quantity() + "}");
		}
		if (browse) {
			api.get("GET /cart", "/api/v1/cart", customer.token());
		}
		String slotId = pickSlot(random);
		if (slotId != null) {
			order(slotId);
		}
	}

	/** The slot with the most room on one of the next five days, as a customer picks an open one. */
	private String pickSlot(ThreadLocalRandom random) {
		LocalDate day = LocalDate.now(INDIA).plusDays(1 + random.nextInt(5));
		Api.Answer slots = api.get("GET /delivery/slots",
				"/api/v1/delivery/slots?pincode=" + customer.pincode() + "&date=" + day, customer.token());
		String best = null;
		int room = 0;
		for (JsonNode slot : slots.body().path("data")) {
			if (slot.path("available").asBoolean() && slot.path("remaining").asInt() > room) {
				best = slot.path("id").asString();
				room = slot.path("remaining").asInt();
			}
		}
		return best;
	}

	private void order(String slotId) {
		String body = Api.json(Map.of("addressId", customer.addressId(), "deliverySlotId", slotId, "paymentMethod",
				"COD"));
		Api.Answer answer = api.post("POST /orders", "/api/v1/orders", customer.token(), body, "X-Idempotency-Key",
				UUID.randomUUID().toString());
		if (answer.ok()) {
			JsonNode order = answer.body().path("data");
			String placedAt = order.path("placedAt").asString("");
			placed.add(order.path("id").asString(), customer,
					placedAt.isEmpty() ? Instant.now() : Instant.parse(placedAt));
		}
		else if (answer.status() >= 400 && answer.status() < 500) {
			// a full slot or a sold-out pack: the app would ask the customer to choose again; start afresh
			api.delete("DELETE /cart", "/api/v1/cart", customer.token());
		}
	}
}
