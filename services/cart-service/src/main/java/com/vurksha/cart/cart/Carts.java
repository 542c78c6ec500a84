package com.vurksha.cart.cart;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;

import com.vurksha.cart.catalogue.CatalogueVariant;
import com.vurksha.cart.catalogue.ProductCatalogue;
import com.vurksha.platform.error.ApiException;

/**
 * The customers' carts: reads them priced from the product service (or from what they last saw when it cannot
 * answer), changes them under the {@link CartRules}, and takes ordered lines out of them.
 */
@Service
public class Carts {

	private final CartStore store;

	private final ProductCatalogue catalogue;

	private final CartRules rules;

	private final Clock clock;

	Carts(CartStore store, ProductCatalogue catalogue, CartProperties properties, Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.rules = new CartRules(properties.maxLines());
		this.clock = clock;
	}

	/** The user's cart, priced now. */
	public CartView view(String userId) {
		List<StoredLine> lines = store.load(userId).lines();
		if (lines.isEmpty()) {
			return CartView.empty();
		}
		Map<String, CatalogueVariant> current;
		try {
			current = catalogue.variants(lines.stream().map(StoredLine::variantId).toList());
		}
		catch (ApiException ex) {
			return CartPricing.lastKnown(lines).view();
		}
		return priced(userId, lines, current);
	}

	/**
	 * Sets a line's quantity; 0 removes the line. A change needs the product service's current word on the
	 * variant, so it fails with a retryable error while that service cannot answer.
	 */
	public CartView setQuantity(String userId, String variantId, int quantity) {
		if (quantity == 0) {
			store.remove(userId, variantId);
			return view(userId);
		}
		List<StoredLine> lines = store.load(userId).lines();
		List<String> ids = new ArrayList<>(lines.stream().map(StoredLine::variantId).toList());
		if (!ids.contains(variantId)) {
			ids.add(variantId);
		}
		Map<String, CatalogueVariant> current = catalogue.variants(ids);
		CatalogueVariant variant = current.get(variantId);
		rules.checkChange(lines, variantId, quantity, variant);
		StoredLine line = lines.stream()
			.filter(existing -> existing.variantId().equals(variantId))
			.findFirst()
			.map(existing -> new StoredLine(variantId, quantity, existing.seen().seenAgain(variant)))
			.orElseGet(() -> new StoredLine(variantId, quantity, LineSnapshot.of(variant, clock.instant())));
		if (!store.put(userId, line)) {
			throw rules.cartFull();
		}
		List<StoredLine> after = new ArrayList<>(lines.stream().filter(l -> !l.variantId().equals(variantId)).toList());
		after.add(line);
		return priced(userId, after, current);
	}

	public void clear(String userId) {
		store.clear(userId);
	}

	/** What checkout orders: the lines as the customer set them, unpriced, with the cart's version. */
	public OrderableCart orderable(String userId) {
		StoredCart cart = store.load(userId);
		return new OrderableCart(cart.version(),
				cart.lines().stream().map(line -> new OrderableCart.Line(line.variantId(), line.quantity())).toList());
	}

	/**
	 * Takes an order's lines out of the user's cart, once per event id however often the event arrives: those last
	 * set at or before the cart version the order was placed from, so a line set after it stays; for an order
	 * that does not name its cart version, the ordered quantities.
	 *
	 * @return whether this call took them (false: the event had been applied already)
	 */
	public boolean takeOrdered(String eventId, String userId, Map<String, Integer> quantities, OptionalLong placedFrom,
			Duration remembered) {
		return store.takeOrdered(eventId, userId, quantities, placedFrom, remembered);
	}

	private CartView priced(String userId, List<StoredLine> lines, Map<String, CatalogueVariant> current) {
		CartPricing.Priced priced = CartPricing.current(lines, current);
		store.replace(userId, priced.changes());
		return priced.view();
	}
}
