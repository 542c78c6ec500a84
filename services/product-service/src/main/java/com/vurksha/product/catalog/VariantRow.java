package com.vurksha.product.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A variant's own columns, as read for a change and written back whole; {@code farmId} null means the product's. */
record VariantRow(String id, String productId, Unit unit, int unitValue, long price, long mrp, int minQuantity,
		int stepQuantity, int maxPerOrder, String farmId, int sortOrder, boolean active) {

	/** This pack with an operator's changes; the farm arrives already resolved to its id. */
	VariantRow with(VariantChanges c, String newFarmId) {
		return new VariantRow(id, productId, unit, unitValue, or(c.price(), price), or(c.mrp(), mrp),
				or(c.minQuantity(), minQuantity), or(c.stepQuantity(), stepQuantity), or(c.maxPerOrder(), maxPerOrder),
				or(newFarmId, farmId), or(c.sortOrder(), sortOrder), or(c.active(), active));
	}

	/** Names of the fields that differ from {@code before}, for the update event. */
	List<String> changedSince(VariantRow before) {
		List<String> changed = new ArrayList<>();
		String[] names = { "price", "mrp", "minQuantity", "stepQuantity", "maxPerOrder", "farm", "sortOrder", "active" };
		Object[] was = { before.price, before.mrp, before.minQuantity, before.stepQuantity, before.maxPerOrder,
				before.farmId, before.sortOrder, before.active };
		Object[] now = { price, mrp, minQuantity, stepQuantity, maxPerOrder, farmId, sortOrder, active };
		for (int i = 0; i < names.length; i++) {
			if (!Objects.equals(was[i], now[i])) {
				changed.add("variants." + names[i]);
			}
		}
		return changed;
	}

	private static <T> T or(T change, T current) {
		return (change != null) ? change : current;
	}
}
