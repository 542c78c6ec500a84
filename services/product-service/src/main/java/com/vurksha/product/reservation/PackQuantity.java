package com.vurksha.product.reservation;

import java.util.Optional;

/**
 * Which counts of a pack may be ordered: at least the minimum, at most the per-order maximum, and in steps from the
 * minimum (min 2, step 2 allows 2, 4, 6…).
 */
record PackQuantity(int min, int step, int max) {

	/** What is wrong with ordering {@code quantity} packs, or empty when it is allowed. */
	Optional<String> problemWith(int quantity) {
		if (quantity < min) {
			return Optional.of("at least " + min + " must be ordered, not " + quantity);
		}
		if (quantity > max) {
			return Optional.of("at most " + max + " may be ordered, not " + quantity);
		}
		if ((quantity - min) % step != 0) {
			return Optional.of("must be " + min + " plus a multiple of " + step + ", not " + quantity);
		}
		return Optional.empty();
	}
}
