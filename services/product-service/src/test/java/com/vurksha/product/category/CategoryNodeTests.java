package com.vurksha.product.category;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryNodeTests {

	@Test
	void nestsSubCategoriesUnderTheirParentsInMenuOrder() {
		List<Category> flat = List.of(new Category("leafy", "leafy-greens", "Leafy Greens", null, "veg", 2),
				new Category("fruit", "fruits", "Fruits", "Phal", null, 2),
				new Category("veg", "vegetables", "Vegetables", "Sabzi", null, 1),
				new Category("daily", "everyday", "Everyday", null, "veg", 1));

		List<CategoryNode> tree = CategoryNode.treeOf(flat);

		assertThat(tree).extracting(CategoryNode::slug).containsExactly("vegetables", "fruits");
		assertThat(tree.get(0).children()).extracting(CategoryNode::slug).containsExactly("everyday", "leafy-greens");
		assertThat(tree.get(1).children()).isEmpty();
	}

	@Test
	void showsACategoryWhoseParentIsMissingAtTheTop() {
		List<CategoryNode> tree = CategoryNode
			.treeOf(List.of(new Category("orphan", "orphan", "Orphan", null, "gone", 0)));

		assertThat(tree).extracting(CategoryNode::id).containsExactly("orphan");
	}
}
