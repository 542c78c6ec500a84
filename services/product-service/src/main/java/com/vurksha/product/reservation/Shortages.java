package com.vurksha.product.reservation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vurksha.platform.error.FieldViolation;
import com.vurksha.product.inventory.StockLevel;

/**
 * The all-or-nothing rule of a reservation: every line short of stock is named with what is available, so the
 * customer can fix the whole cart at once, and one short line means nothing is reserved.
 */
final class Shortages {

	private Shortages() {
	}

	/** One violation per line asking for more than its locked level has available; empty when all lines fit. */
	static List<FieldViolation> of(List<RequestedLine> lines, Map<String, StockLevel> levels) {
		List<FieldViolation> shortages = new ArrayList<>();
		for (RequestedLine line : lines) {
			int available = levels.get(line.variantId()).available();
			if (line.quantity() > available) {
				shortages.add(new FieldViolation(line.variantId(), "available " + available));
			}
		}
		return shortages;
	}
}
