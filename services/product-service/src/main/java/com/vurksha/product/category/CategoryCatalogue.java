package com.vurksha.product.category;

import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.api.PreparedEnvelope;
import com.vurksha.platform.error.ApiException;
import com.vurksha.product.ProductErrorCode;
import com.vurksha.product.Slugs;
import com.vurksha.product.cache.CatalogueCache;
import tools.jackson.databind.json.JsonMapper;

/** Reads the category tree through the cache and adds categories. */
@Service
class CategoryCatalogue {

	private final Categories categories;

	private final CatalogueCache cache;

	private final JsonMapper json;

	CategoryCatalogue(Categories categories, CatalogueCache cache, JsonMapper json) {
		this.categories = categories;
		this.cache = cache;
		this.json = json;
	}

	/** The tree as the answer of {@code GET /categories}, serialised once per cached entry. */
	PreparedEnvelope tree() {
		return cache.categoryTree(CategoryTree.class, () -> new CategoryTree(CategoryNode.treeOf(categories.all())),
				tree -> PreparedEnvelope.of(json, tree.roots(), null));
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
