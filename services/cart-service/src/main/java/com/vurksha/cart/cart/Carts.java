package com.vurksha.cart.cart;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.vurksha.cart.catalogue.CatalogueVariant;
import com.vurksha.cart.catalogue.ProductCatalogue;
import com.vurksha.platform.error.ApiException;

/**
 * The customers' carts: reads them priced from the product service (or from what they last saw when it cannot
 * answer), changes them under the {@link CartRules}, and takes ordered quantities out of them.
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
		List<StoredLine> lines = store.load(userId);
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
		List<StoredLine> lines = store.load(userId);
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

	/**
	 * Takes an order's quantities out of the user's cart, once per event id however often the event arrives.
	 *
	 * @return whether this call took them (false: the event had been applied already)
	 */
	public boolean takeOrdered(String eventId, String userId, Map<String, Integer> quantities, Duration remembered) {
		return store.takeOrdered(eventId, userId, quantities, remembered);
	}

	private CartView priced(String userId, List<StoredLine> lines, Map<String, CatalogueVariant> current) {
		CartPricing.Priced priced = CartPricing.current(lines, current);
		store.replace(userId, priced.changes());
		return priced.view();
	}
}
