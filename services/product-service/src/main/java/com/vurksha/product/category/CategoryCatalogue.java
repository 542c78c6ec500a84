package com.vurksha.product.category;

import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.error.ApiException;
import com.vurksha.product.ProductErrorCode;
import com.vurksha.product.Slugs;
import com.vurksha.product.cache.CatalogueCache;

/** Reads the category tree through the cache and adds categories. */
@Service
class CategoryCatalogue {

	private final Categories categories;

	private final CatalogueCache cache;

	CategoryCatalogue(Categories categories, CatalogueCache cache) {
		this.categories = categories;
		this.cache = cache;
	}

	List<CategoryNode> tree() {
		return cache.categoryTree(() -> new CategoryTree(CategoryNode.treeOf(categories.all())), CategoryTree.class)
			.roots();
	}

	@Transactional
	Category add(NewCategory request) {
		String parentId = (request.parentId() == null) ? null
				: categories.find(request.parentId())
					.map(Category::id)
					.orElseThrow(() -> new ApiException(ProductErrorCode.CATEGORY_NOT_FOUND,
							"Parent category " + request.parentId() + " does not exist"));
		Category category = new Category(UUID.randomUUID().toString(), Slugs.chosen(request.slug(), request.name()), request.name().strip(),
				request.nameHi(), parentId, (request.sortOrder() != null) ? request.sortOrder() : 0);
		try {
			categories.insert(category);
		}
		catch (DuplicateKeyException ex) {
			throw new ApiException(ProductErrorCode.SLUG_TAKEN, "A category with slug '" + category.slug() + "' exists");
		}
		cache.evictCategoriesAfterCommit();
		return category;
	}
}
