package com.vurksha.product.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A product's own columns, as read for a change and written back whole. */
record ProductRow(String id, String slug, String name, String nameHi, String description, String categoryId,
		String farmId, List<String> tags, List<String> images, String hsnCode, int gstRate, boolean active,
		int popularity) {

	/** Tags are matched exactly by the list filter, so they are kept trimmed, lower-case and without repeats. */
	static List<String> normalisedTags(List<String> tags) {
		return (tags == null) ? List.of()
				: tags.stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT)).distinct().toList();
	}

	/** This product with an operator's changes; category and farm arrive already resolved to ids. */
	ProductRow with(ProductChanges c, String newCategoryId, String newFarmId) {
		return new ProductRow(id, or(c.slug(), slug), (c.name() != null) ? c.name().strip() : name,
				or(c.nameHi(), nameHi), or(c.description(), description), or(newCategoryId, categoryId),
				or(newFarmId, farmId), (c.tags() != null) ? normalisedTags(c.tags()) : tags,
				(c.images() != null) ? List.copyOf(c.images()) : images, or(c.hsnCode(), hsnCode),
				or(c.gstRate(), gstRate), or(c.active(), active), or(c.popularity(), popularity));
	}

	/** Names of the fields that differ from {@code before}, for the update event. */
	List<String> changedSince(ProductRow before) {
		List<String> changed = new ArrayList<>();
		compare(changed, "slug", before.slug, slug);
		compare(changed, "name", before.name, name);
		compare(changed, "nameHi", before.nameHi, nameHi);
		compare(changed, "description", before.description, description);
		compare(changed, "category", before.categoryId, categoryId);
		compare(changed, "farm", before.farmId, farmId);
		compare(changed, "tags", before.tags, tags);
		compare(changed, "images", before.images, images);
		compare(changed, "hsnCode", before.hsnCode, hsnCode);
		compare(changed, "gstRate", before.gstRate, gstRate);
		compare(changed, "active", before.active, active);
		compare(changed, "popularity", before.popularity, popularity);
		return changed;
	}

	private static void compare(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	private static <T> T or(T change, T current) {
		return (change != null) ? change : current;
	}
}
