package com.vurksha.product.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A category with its sub-categories, as the app draws the browse menu. */
public record CategoryNode(String id, String slug, String name, String nameHi, int sortOrder,
		List<CategoryNode> children) {

	private static final Comparator<Category> MENU_ORDER = Comparator.comparingInt(Category::sortOrder)
		.thenComparing(Category::name);

	/** Builds the tree from a flat list; a category whose parent is missing is shown at the top level. */
	public static List<CategoryNode> treeOf(List<Category> categories) {
		Map<String, List<Category>> byParent = new LinkedHashMap<>();
		List<String> ids = categories.stream().map(Category::id).toList();
		for (Category category : categories.stream().sorted(MENU_ORDER).toList()) {
			String parent = (category.parentId() != null && ids.contains(category.parentId())) ? category.parentId()
					: null;
			byParent.computeIfAbsent(parent, key -> new ArrayList<>()).add(category);
		}
		return childrenOf(null, byParent);
	}

	private static List<CategoryNode> childrenOf(String parentId, Map<String, List<Category>> byParent) {
		return byParent.getOrDefault(parentId, List.of())
			.stream()
			.map(c -> new CategoryNode(c.id(), c.slug(), c.name(), c.nameHi(), c.sortOrder(),
					childrenOf(c.id(), byParent)))
			.toList();
	}
}
