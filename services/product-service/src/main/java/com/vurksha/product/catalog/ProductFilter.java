package com.vurksha.product.catalog;

/**
 * What a shopper narrowed the product list to. Category and farm accept an id or a slug; a category includes
 * its sub-categories. Null means "any".
 */
record ProductFilter(String category, String farm, String tag, Boolean inStock, ProductSort sort) {

	/** A stable cache key: equal filters give equal keys. */
	String cacheKey() {
		return "c=" + nullToEmpty(category) + "|f=" + nullToEmpty(farm) + "|t=" + nullToEmpty(tag) + "|s="
				+ ((inStock == null) ? "" : inStock) + "|o=" + sort.wireName();
	}

	private static String nullToEmpty(String value) {
		return (value == null) ? "" : value;
	}
}
