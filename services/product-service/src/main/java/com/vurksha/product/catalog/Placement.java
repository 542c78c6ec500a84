package com.vurksha.product.catalog;

import org.springframework.stereotype.Component;

import com.vurksha.platform.error.ApiException;
import com.vurksha.product.ProductErrorCode;
import com.vurksha.product.category.Categories;
import com.vurksha.product.category.Category;
import com.vurksha.product.farm.Farm;
import com.vurksha.product.farm.Farms;

/** Resolves the category and farm an operator names (by id or slug) to their ids, or answers 404. */
@Component
class Placement {

	private final Categories categories;

	private final Farms farms;

	Placement(Categories categories, Farms farms) {
		this.categories = categories;
		this.farms = farms;
	}

	String category(String idOrSlug) {
		return categories.find(idOrSlug)
			.map(Category::id)
			.orElseThrow(() -> new ApiException(ProductErrorCode.CATEGORY_NOT_FOUND,
					"Category " + idOrSlug + " does not exist"));
	}

	String farm(String idOrSlug) {
		return farms.find(idOrSlug)
			.map(Farm::id)
			.orElseThrow(() -> new ApiException(ProductErrorCode.FARM_NOT_FOUND, "Farm " + idOrSlug + " does not exist"));
	}
}
